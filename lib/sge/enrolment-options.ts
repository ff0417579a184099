/**
 * The enrolment wizard's option lists (the seed's enumerations) and steps, without zod: the
 * wizard's components import these with the page, the schema (enrolment-form.ts) loads later.
 */
export const PAYMENT_FORMS = ["BOL", "CAC", "CAR", "ESP"] as const;
export const OCCUPATIONS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;
export const SCHOOL_TYPES = ["1", "2", "3", "4", "9"] as const;
export const STUDENT_CONDITIONS = ["0", "1", "2", "3"] as const;
export const SCAE_CODES = ["0", "2", "3"] as const;
export const ARTICULATIONS = ["1", "2", "3"] as const;
/** The 27 UFs (lib/br-registration.ts): SGE addresses use the same list as the ERP registration. */
export { UFS } from "@/lib/br-registration";
/** The fields of each wizard step (for step-by-step validation with react-hook-form's `trigger`). */
export const WIZARD_STEPS = ["offering", "responsible", "student", "contract", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/**
 * What a rep may confirm changing on a person RM already has (issue 14 item 12): each is one field
 * of the wizard, or a group of them (`address`: CEP to country; `birthPlace`: UF and city of birth).
 * The wizard sends the ticked ones in `changes`; the server writes those and keeps RM's values for
 * the rest. The billing e-mail of a financial responsible is the finance team's (server-checked).
 */
export const RESPONSIBLE_CHANGES = ["name", "email", "phone", "mobile", "workPhone", "fax", "address"] as const;
export type ResponsibleChange = (typeof RESPONSIBLE_CHANGES)[number];
export const STUDENT_CHANGES = [
  "name",
  "birthDate",
  "birthPlace",
  "motherName",
  "email",
  "homePhone",
  "mobile",
  "occupation",
  "schoolType",
  "address",
] as const;
export type StudentChange = (typeof STUDENT_CHANGES)[number];
/** The fields of the `address` group, in the wizard's order. */
export const ADDRESS_FIELDS = [
  "cep",
  "street",
  "number",
  "complement",
  "district",
  "state",
  "city",
  "country",
] as const;
