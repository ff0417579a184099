import * as z from "zod/mini";
import { documentKind } from "@/lib/br-documents";
import { isIsoDate } from "../calendar-date";
import {
  ARTICULATIONS,
  OCCUPATIONS,
  PAYMENT_FORMS,
  RESPONSIBLE_CHANGES,
  SCAE_CODES,
  SCHOOL_TYPES,
  STUDENT_CHANGES,
  STUDENT_CONDITIONS,
  UFS,
} from "./enrolment-options";
import { contractTermIssues } from "./instalments";

/**
 * The enrolment wizard's schema, the same in the browser (react-hook-form resolver, step by step)
 * and in the server action (every save and submit). Messages are codes (`required`, `cpf`…) that
 * the `sgeEnrol.errors` messages turn into words; the rules are the seed's (ERP-CONTRACT.md §5),
 * checked here so SGE never sees a body it would refuse for its form.
 */
const MAX_CONTRACT_CENTS = 100_000_000;

const text = (max: number) =>
  z.string("required").check(z.trim(), z.minLength(1, "required"), z.maxLength(max, `too_long:${max}`));
const optional = (max: number) => z.string("invalid").check(z.trim(), z.maxLength(max, `too_long:${max}`));
const digitsOnly = (v: string) => v.replace(/\D/g, "");
const isEmail = (v: string) => z.safeParse(z.email(), v).success;
/**
 * Empty says "required": an empty field is not an invalid CEP, CPF or e-mail, so each format check
 * below lets the empty text through to this one (no `abort`, which would hold back the form-level checks).
 */
const filled = z.refine<string>((v) => v.trim() !== "", "required");
const blankOr = (valid: (v: string) => boolean) => (v: string) => v.trim() === "" || valid(v);
/** A phone RM requires; empty passes here, and the form's check says when it may be (a person on record keeps RM's). */
const phone = z.string("required").check(
  z.refine(
    blankOr((v) => /^\d{10,11}$/.test(digitsOnly(v))),
    "phone",
  ),
);
const optionalPhone = z.string("invalid").check(
  z.refine(
    blankOr((v) => /^\d{10,13}$/.test(digitsOnly(v))),
    "phone",
  ),
);
const cep = z.string("required").check(
  filled,
  z.refine(
    blankOr((v) => /^\d{8}$/.test(digitsOnly(v))),
    "cep",
  ),
);
const uf = z.enum(UFS, "uf");
const isoDate = z.string("required").check(z.refine(isIsoDate, "date"));
const cents = z.int("number").check(z.gte(0, "not_negative"), z.lte(MAX_CONTRACT_CENTS, "too_large"));
/** A house number, with a letter (120A) or "S/N" for an address without one, as Brazilian addresses are written. */
const houseNumber = z.string("required").check(
  filled,
  z.refine(
    blankOr((v) => /^(\d{1,6}[A-Za-z]?|S\/?N)$/i.test(v.trim())),
    "house_number",
  ),
);

const offeringSchema = z.object({
  coligada: z.int("required").check(z.gt(0, "required")),
  codFilial: text(12),
  idMatrizAplicada: z.string("required").check(z.regex(/^\d+\|\d+$/, "required")),
  turma: z.string("required").check(z.regex(/^\d+\|.+$/, "required")),
  /** The class's subjects the student takes; all of them → sent empty (SGE enrols in every one). */
  disciplinas: z.array(z.string()).check(z.minLength(1, "subjects")),
  /** The chosen course's terms as the wizard read them (the server reads them from SGE again). */
  terms: z.optional(
    z.object({ maxInstalments: z.int(), classStart: isoDate, classEnd: z.union([z.literal(""), isoDate]) }),
  ),
});

const address = {
  cep,
  street: text(100),
  number: houseNumber,
  complement: optional(60),
  district: text(80),
  state: uf,
  city: text(60),
  country: text(40),
};

const responsibleFormSchema = z.object({
  // A CPF, or a CNPJ numeric or alphanumeric (IN RFB 2.229/2024).
  cpfCnpj: z.string("required").check(
    filled,
    z.refine(
      blankOr((v) => documentKind(v) !== null),
      "cpf_cnpj",
    ),
  ),
  store: z.string("required").check(z.regex(/^\d{1,4}$/, "store")),
  name: text(100),
  email: z.string("required").check(z.trim(), z.refine(blankOr(isEmail), "email"), z.maxLength(100, "too_long:100")),
  ...address,
  phone,
  mobile: phone,
  workPhone: optionalPhone,
  fax: optionalPhone,
  global: z.boolean(),
  /**
   * The rep saw RM's record of this CPF/CNPJ (the wizard's lookup) and `changes` are the fields they
   * confirmed changing: the rest keep RM's values. A hint for the form only; the server looks the
   * person up again and decides by what RM holds.
   */
  onRecord: z.optional(z.boolean()),
  changes: z.optional(z.array(z.enum(RESPONSIBLE_CHANGES))),
});

const studentFormSchema = z.object({
  sameAsResponsible: z.boolean(),
  name: text(100),
  cpf: z.string("required").check(
    filled,
    z.refine(
      blankOr((v) => documentKind(v) === "cpf"),
      "cpf",
    ),
  ),
  birthDate: isoDate,
  birthState: uf,
  birthCity: text(60),
  motherName: optional(100),
  email: z.string("invalid").check(z.trim(), z.refine(blankOr(isEmail), "email")),
  occupation: z.enum(OCCUPATIONS, "required"),
  schoolType: z.enum(SCHOOL_TYPES, "required"),
  sameAddress: z.boolean(),
  ...address,
  homePhone: optionalPhone,
  mobile: optionalPhone,
  condition: z.enum(STUDENT_CONDITIONS, "required"),
  scae: z.enum(SCAE_CODES, "required"),
  articulation: z.enum(ARTICULATIONS, "required"),
  /** As the responsible's: RM's record of this CPF seen, and the fields confirmed changing. */
  onRecord: z.optional(z.boolean()),
  changes: z.optional(z.array(z.enum(STUDENT_CHANGES))),
});

const cardFormSchema = z.object({
  method: z.enum(["Crédito", "Débito"], "required"),
  brand: text(30),
  acquirer: text(20),
  nsu: z.string("required").check(z.regex(/^\d{1,20}$/, "digits")),
  instalments: z.int("number").check(z.gte(1, "card_instalments"), z.lte(12, "card_instalments")),
  store: z.string("required").check(z.regex(/^\d{1,4}$/, "store")),
  bank: z.string("required").check(z.regex(/^\d{3}$/, "bank")),
  agency: z.string("required").check(z.regex(/^\d{1,10}$/, "digits")),
  account: z.string("required").check(z.regex(/^[\dXx-]{1,20}$/, "digits")),
});

const contractFormSchema = z.object({
  total: cents,
  instalments: z.int("number").check(z.gte(1, "instalments"), z.lte(60, "instalments")),
  enrolDate: isoDate,
  firstDue: isoDate,
  dueDay: z.int("number").check(z.gte(1, "due_day"), z.lte(31, "due_day")),
  endDate: z.union([z.literal(""), isoDate]),
  institutionalDiscount: cents,
  additionalDiscount: cents,
  discountReason: optional(200),
  firstPayment: z.enum(PAYMENT_FORMS, "required"),
  otherPayments: z.enum(PAYMENT_FORMS, "required"),
  boletoByEmail: z.boolean(),
  ecommerce: z.boolean(),
  card: z.optional(cardFormSchema),
  /** What the e-commerce toggle replaced (instalments and payment forms), restored when it is unticked. */
  beforeEcommerce: z.optional(
    z.object({
      instalments: z.int(),
      firstPayment: z.enum(PAYMENT_FORMS),
      otherPayments: z.enum(PAYMENT_FORMS),
    }),
  ),
  opportunityId: z.string("invalid").check(z.regex(/^\d{0,12}$/, "digits")),
});

export const enrolmentFormSchema = z
  .object({
    offering: offeringSchema,
    responsible: responsibleFormSchema,
    student: studentFormSchema,
    contract: contractFormSchema,
  })
  .check(
    z.superRefine((form, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.issues.push({ code: "custom", path, message, input: form });
      // RM requires the responsible's e-mail and phones: typed for a new person, or kept from RM's record.
      const r = form.responsible;
      const typed = (field: "email" | "phone" | "mobile") => !r.onRecord || (r.changes ?? []).includes(field);
      if (typed("email") && !r.email.trim()) issue(["responsible", "email"], "required");
      if (typed("phone") && !r.phone.trim()) issue(["responsible", "phone"], "required");
      if (typed("mobile") && !r.mobile.trim()) issue(["responsible", "mobile"], "required");
      const c = form.contract;
      const discount = c.institutionalDiscount + c.additionalDiscount;
      // Under the discount that made the sum pass the total: the institutional one alone, or the additional.
      if (discount > c.total)
        issue(
          ["contract", c.institutionalDiscount > c.total ? "institutionalDiscount" : "additionalDiscount"],
          "discount_too_large",
        );
      if (discount > 0 && !c.discountReason.trim()) issue(["contract", "discountReason"], "discount_reason");
      if (c.firstDue < c.enrolDate) issue(["contract", "firstDue"], "first_due_before_enrol");
      if (c.endDate && c.endDate < c.enrolDate) issue(["contract", "endDate"], "end_before_enrol");
      if (form.offering.terms)
        for (const [path, code] of Object.entries(contractTermIssues(c, form.offering.terms)))
          issue(path.split("."), code);
      if (c.ecommerce) {
        // Seed: an e-commerce card payment is one SGE instalment; the card's own instalments go in ParcelasCartao.
        if (c.instalments !== 1) issue(["contract", "instalments"], "ecommerce_one_instalment");
        if (!c.card) issue(["contract", "card", "brand"], "card_required");
      }
      if (form.student.sameAsResponsible && documentKind(form.responsible.cpfCnpj) !== "cpf")
        issue(["student", "sameAsResponsible"], "responsible_not_person");
      if (form.student.birthDate >= c.enrolDate) issue(["student", "birthDate"], "birth_future");
    }),
  );

export type EnrolmentForm = z.infer<typeof enrolmentFormSchema>;
