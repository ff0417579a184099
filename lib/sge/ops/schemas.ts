import * as z from "zod/mini";
import { documentKind } from "@/lib/br-documents";
import { isIsoDate } from "../../calendar-date";
import { settlementTotal, sumCents } from "./amounts";
import { contractSearchKinds, MAX_AGREEMENT_INSTALMENTS, MAX_CENTS } from "./limits";

/**
 * The SGE back-office forms' schemas, the same on both sides: the browser validates with them as
 * the user types, and every server action parses its input with them before anything else.
 * Messages are codes (`required`, `too_long:20`, `sum_mismatch:33600`…) that `fieldErrorText` (`lib/field-errors.ts`) turns
 * into words in the viewer's language. Money is integer centavos; dates ISO `yyyy-mm-dd` (the
 * reshapers write SGE's `dd/mm/yyyy`).
 *
 * Client components load this module on first use (`lazySgeSchema`, components/sge/ops/lazy-schema.ts)
 * so zod stays out of the pages' First Load JS; the plain limits they show live in `./limits`.
 */

const text = (max: number) =>
  z.string("required").check(z.trim(), z.minLength(1, "required"), z.maxLength(max, `too_long:${max}`));
const optionalText = (max: number) => z.string("invalid").check(z.trim(), z.maxLength(max, `too_long:${max}`));
const cents = z.int("number").check(z.gte(0, "not_negative"), z.lte(MAX_CENTS, "too_large"));
const positiveCents = z.int("number").check(z.gt(0, "positive"), z.lte(MAX_CENTS, "too_large"));
const id = z.int("invalid").check(z.gt(0, "invalid"));
const isoDateSchema = z.string("required").check(z.minLength(1, "required"), z.refine(isIsoDate, "date"));

/** RM's CODCOLIGADA; the server checks it is one of the alias' configured coligadas. */
const coligadaSchema = z.int("coligada").check(z.gt(0, "coligada"));

// ---- PJ contracts ----------------------------------------------------------------------------

export const pjContractFormSchema = z
  .object({
    coligada: coligadaSchema,
    /** Salesforce branch in SGE's format, without the "UN" prefix (seed: SetContract.Filial). */
    branch: text(12),
    contractNumber: text(20),
    proposalNumber: text(20),
    cnpj: z.string("required").check(
      z.trim(),
      z.minLength(1, "required"),
      z.refine((v) => documentKind(v) === "cnpj", "cnpj"),
    ),
    companyName: text(100),
    value: cents,
    classCode: text(30),
    periodId: z.int("class_required").check(z.gt(0, "class_required")),
    offered: z.int("number").check(z.gte(1, "positive"), z.lte(100_000, "too_large")),
    used: z.int("number").check(z.gte(0, "not_negative"), z.lte(100_000, "too_large")),
  })
  // "VagasDisponiveis = VagasOfertadas − VagasUtilizadas": more used than offered is no contract.
  .check(z.refine((v) => v.used <= v.offered, { message: "used_over_offered", path: ["used"] }));
export type PjContractForm = z.infer<typeof pjContractFormSchema>;

export const pjConsultFormSchema = z
  .object({ contractNumber: optionalText(20), proposalNumber: optionalText(20) })
  .check(
    z.refine((v) => Boolean(v.contractNumber || v.proposalNumber), {
      message: "key_required",
      path: ["contractNumber"],
    }),
  );
export type PjConsultForm = z.infer<typeof pjConsultFormSchema>;

// ---- finance ---------------------------------------------------------------------------------

export const contractSearchSchema = z
  .object({ kind: z.enum(contractSearchKinds, "invalid"), q: text(30) })
  .check(z.refine((v) => v.kind !== "cpfcnpj" || documentKind(v.q) !== null, { message: "document", path: ["q"] }));

/** Which contract an operation is about: the server reads it again from SGE, never trusting the page. */
const contractRef = { coligada: coligadaSchema, xnumpro: text(30) };

export const includeLaunchSchema = z
  .object({
    ...contractRef,
    branch: text(10),
    prefix: optionalText(3),
    number: text(9),
    instalment: optionalText(3),
    type: text(3),
    salesOrder: text(20),
    nossoNumero: optionalText(30),
    issueDate: isoDateSchema,
    dueDate: isoDateSchema,
    forecastDate: z.union([z.literal(""), isoDateSchema], "date"),
    cashAccount: optionalText(10),
  })
  .check(z.refine((v) => v.dueDate >= v.issueDate, { message: "due_before_issue", path: ["dueDate"] }));
export type IncludeLaunchForm = z.infer<typeof includeLaunchSchema>;

export const cancelLaunchSchema = z.object({ ...contractRef, launchId: id, date: isoDateSchema });
export type CancelLaunchForm = z.infer<typeof cancelLaunchSchema>;

export const settleSchema = z
  .object({
    ...contractRef,
    launchId: id,
    original: cents,
    interest: cents,
    fine: cents,
    discount: cents,
    amount: positiveCents,
    date: isoDateSchema,
    /** With bank movement (a bank cash account) or without (ContaCaixa_SEMMOVIMENTACAO): exactly one. */
    bankAccount: optionalText(10),
    noMovementAccount: optionalText(10),
  })
  .check(
    z.refine((v) => v.discount <= v.original + v.interest + v.fine, {
      message: "discount_too_large",
      path: ["discount"],
    }),
    z.superRefine((v, ctx) => {
      const expected = settlementTotal(v);
      if (v.amount !== expected)
        ctx.issues.push({ code: "custom", message: `sum_mismatch:${expected}`, path: ["amount"], input: v.amount });
    }),
    z.refine((v) => Boolean(v.bankAccount) !== Boolean(v.noMovementAccount), {
      message: "one_account",
      path: ["bankAccount"],
    }),
  );
export type SettleForm = z.infer<typeof settleSchema>;

export const cancelSettlementSchema = z.object({ ...contractRef, launchId: id, settlementId: id, date: isoDateSchema });
export type CancelSettlementForm = z.infer<typeof cancelSettlementSchema>;

export const nossoNumeroSchema = z.object({
  ...contractRef,
  launchId: id,
  nossoNumero: z
    .string("required")
    .check(z.trim(), z.minLength(1, "required"), z.maxLength(30, "too_long:30"), z.regex(/^[0-9A-Za-z-]*$/, "alnum")),
});
export type NossoNumeroForm = z.infer<typeof nossoNumeroSchema>;

const agreementInstalmentSchema = z
  .object({ dueDate: isoDateSchema, forecastDate: isoDateSchema, value: positiveCents })
  .check(z.refine((v) => v.forecastDate >= v.dueDate, { message: "forecast_before_due", path: ["forecastDate"] }));

export const agreementSchema = z
  .object({
    ...contractRef,
    /** Protheus liquidation key: RM keeps it in the agreement's "Observação" and cancels by it. */
    liquidationId: z
      .string("required")
      .check(z.trim(), z.minLength(1, "required"), z.maxLength(120, "too_long:120"), z.regex(/^[^\s]+$/, "no_spaces")),
    costCentre: optionalText(25),
    date: isoDateSchema,
    /** Juros futuros: a daily rate (TipoJuros 0) or a daily amount (TipoJuros 1), only one is sent. */
    interestType: z.enum(["rate", "value"], "invalid"),
    interestRate: z.number("number").check(z.gte(0, "not_negative"), z.lte(100, "too_large")),
    interestPerDay: cents,
    discount: cents,
    addition: cents,
    total: positiveCents,
    /** Number of the Protheus titles the agreement generates (E1_NUM); each instalment gets its own E1_PARCELA. */
    titleNumber: z
      .string("required")
      .check(z.trim(), z.minLength(1, "required"), z.maxLength(9, "too_long:9"), z.regex(/^[0-9A-Za-z]*$/, "alnum")),
    originals: z.array(id, "no_originals").check(z.minLength(1, "no_originals")),
    instalments: z
      .array(agreementInstalmentSchema, "no_instalments")
      .check(
        z.minLength(1, "no_instalments"),
        z.maxLength(MAX_AGREEMENT_INSTALMENTS, `too_many:${MAX_AGREEMENT_INSTALMENTS}`),
      ),
  })
  .check(
    // Acordo/Inclusao: "ValorAcordo = soma do valor dos lançamentos financeiros gerados pelo acordo".
    z.superRefine((v, ctx) => {
      const sum = sumCents(v.instalments.map((i) => i.value));
      if (sum !== v.total)
        ctx.issues.push({ code: "custom", message: `total_mismatch:${sum}`, path: ["total"], input: v.total });
    }),
    z.refine((v) => new Set(v.originals).size === v.originals.length, { message: "invalid", path: ["originals"] }),
  );
export type AgreementForm = z.infer<typeof agreementSchema>;

export const cancelAgreementSchema = z.object({ ...contractRef, agreementId: id, date: isoDateSchema });
export type CancelAgreementForm = z.infer<typeof cancelAgreementSchema>;

// ---- admin (CRM services, accounting items) ---------------------------------------------------

export const crmServiceSchema = z.object({
  coligada: coligadaSchema,
  code: text(20),
  description: text(120),
  protheusProduct: text(15),
  nature: optionalText(10),
  accountingItem: optionalText(20),
  accountingAccount: optionalText(20),
  active: z.boolean("invalid"),
  courses: z.array(text(30), "no_courses").check(z.minLength(1, "no_courses")),
});
export type CrmServiceForm = z.infer<typeof crmServiceSchema>;

export const accountingItemSchema = z.object({
  coligada: coligadaSchema,
  item: text(20),
  branch: optionalText(12),
  description: text(120),
  active: z.boolean("invalid"),
});
export type AccountingItemForm = z.infer<typeof accountingItemSchema>;
