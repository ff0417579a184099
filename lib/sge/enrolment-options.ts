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
export const UFS = ["AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE", "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO"] as const;
/** The fields of each wizard step (for step-by-step validation with react-hook-form's `trigger`). */
export const WIZARD_STEPS = ["offering", "responsible", "student", "contract", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
