/**
 * zod building blocks for the FIEC payloads. Field names are matched case- and accent-insensitively
 * (the seed mixes `codColigada`/`CodColigada`, `Idlan`/`IdLan`, `ContaCaixa_SemMovimentação`/
 * `ContaCaixa_SEMMOVIMENTACAO`), so every object schema is built with `record()`, which renames the
 * sent keys to the spelling of the schema before zod sees them. Problem texts are pt-BR phrases
 * that complete "campo <Field> …" (see `issueMessages`).
 */
import { z } from "zod";
import { fromSgeDate, isIsoDate } from "../../lib/dates";
import { toCents } from "../orders/money";

const fold = (key: string) =>
  key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

function alignKeys(names: readonly string[], value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const byFold = new Map(names.map((n) => [fold(n), n]));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[byFold.get(fold(key)) ?? key] = v;
  return out;
}

/** An object whose keys match case/accent-insensitively; unknown keys are ignored (Json.NET). */
export function record<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(
    (v) => alignKeys(Object.keys(shape), v),
    z.object(shape, {
      error: (i) => (i.input === undefined || i.input === null ? "é obrigatório" : "deve ser um objeto JSON"),
    }),
  );
}

/** A JSON array of `item`. */
export const list = <T extends z.ZodType>(item: T) =>
  z.array(item, {
    error: (i) => (i.input === undefined || i.input === null ? "é obrigatório" : "deve ser uma lista JSON"),
  });

/** Absent, null and "" all mean "not sent" (RM reads them the same way). */
const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const missing = (input: unknown) => input === undefined;

/** Required: absent, null or blank fails with "é obrigatório". */
export const required = <T extends z.ZodType>(inner: T) => z.preprocess(blankToUndefined, inner);
/** Optional: absent, null or blank is `undefined`. */
export const optional = <T extends z.ZodType>(inner: T) => z.preprocess(blankToUndefined, inner.optional());

const textOf = (max: number) =>
  z
    .union([z.string(), z.number()], { error: (i) => (missing(i.input) ? "é obrigatório" : "deve ser texto") })
    .transform((v) => String(v).trim())
    .pipe(z.string().max(max, `aceita no máximo ${max} caracteres`));

export const text = (max = 200) => required(textOf(max));
export const optionalText = (max = 200) => optional(textOf(max));

/** Present but possibly empty (GravarResponsavelFinanceiro's `Complemento`: "se houver", yet obrigatório). */
export const presentText = (max = 200) =>
  z
    .union([z.string(), z.number()], {
      error: (i) => (missing(i.input) || i.input === null ? "é obrigatório (pode ser vazio)" : "deve ser texto"),
    })
    .transform((v) => String(v).trim())
    .pipe(z.string().max(max, `aceita no máximo ${max} caracteres`));

const integerOf = () =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: (i) => (missing(i.input) ? "é obrigatório" : "deve ser um número inteiro") })
      .int("deve ser um número inteiro"),
  );

/** A whole number sent as a number or a numeric string ("3", 3). */
export const integer = () => required(integerOf());
export const optionalInteger = () => optional(integerOf());

export const intIn = (allowed: readonly number[], label: string) =>
  integer().refine((n) => allowed.includes(n), `inválido: valores possíveis ${label}`);
export const optionalIntIn = (allowed: readonly number[], label: string) =>
  optionalInteger().refine((n) => n === undefined || allowed.includes(n), `inválido: valores possíveis ${label}`);

export const coligada = (allowed: readonly number[] = [1, 2, 3]) =>
  intIn(allowed, allowed.length === 2 ? "2 (SESI) ou 3 (SENAI)" : "1 (FIEC), 2 (SESI) ou 3 (SENAI)");
/** Enrolment endpoints serve only SESI (2) and SENAI (3). */
export const enrolmentColigada = () => coligada([2, 3]);

const centsOf = () =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: (i) => (missing(i.input) ? "é obrigatório" : "deve ser um valor numérico") })
      .refine(
        (n) => Number.isFinite(n) && Math.abs(Math.round(n * 100) - n * 100) < 1e-6,
        "aceita no máximo 2 casas decimais",
      )
      .refine((n) => n >= 0, "não pode ser negativo")
      .transform((n) => toCents(n)),
  );

/** Money in centavos (STYLE.md: never float arithmetic): at most 2 decimals, never negative. */
export const cents = () => required(centsOf());
/** Optional money; absent = 0 centavos. */
export const optionalCents = () => optional(centsOf()).transform((v) => v ?? 0);

/** A real date RM's DateTime columns hold (1900–2100), or null. */
const withinRm = (iso: string | null) => (iso && iso >= "1900-01-01" && iso <= "2100-12-31" ? iso : null);

const brDateOf = () =>
  textOf(10).transform((v, ctx) => {
    const iso = withinRm(fromSgeDate(v));
    if (!iso) ctx.addIssue({ code: "custom", message: `inválido: "${v}" não é uma data dd/mm/aaaa` });
    return iso ?? "";
  });

/** `dd/mm/yyyy` (the seed's request format) → ISO `yyyy-mm-dd`. */
export const brDate = () => required(brDateOf());
export const optionalBrDate = () => optional(brDateOf());

const isoDateOf = () =>
  textOf(30).transform((v, ctx) => {
    const m = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+Z?)?$/.exec(v);
    const iso = m && isIsoDate(m[1]!) ? withinRm(m[1]!) : null;
    if (!iso) ctx.addIssue({ code: "custom", message: `inválido: "${v}" não é uma data aaaa-mm-dd` });
    return iso ?? "";
  });

/** ISO `yyyy-mm-dd` (Acordo/Inclusao's dates, as the seed sends them); a time part is tolerated. */
export const isoDate = () => required(isoDateOf());
export const optionalIsoDate = () => optional(isoDateOf());

const simNaoOf = () =>
  textOf(20).transform((v, ctx) => {
    const f = fold(v);
    if (f !== "sim" && f !== "nao") ctx.addIssue({ code: "custom", message: `inválido: use "Sim" ou "Não"` });
    return f === "sim";
  });

/** "Sim"/"Não" in any case, with or without the accent → boolean. */
export const simNao = () => required(simNaoOf());
export const optionalSimNao = () => optional(simNaoOf());

export const PAYMENT_FORMS = ["BOL", "CAC", "CAR", "ESP"] as const;
const paymentFormOf = () =>
  textOf(3)
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(PAYMENT_FORMS, { error: "inválido: valores possíveis BOL, CAC, CAR ou ESP" }));
export const paymentForm = () => required(paymentFormOf());
export const optionalPaymentForm = () => optional(paymentFormOf());

const phoneOf = (max: number) => textOf(max).refine((v) => /^\d+$/.test(v), "deve conter apenas números (com DDD)");
/** Phones: digits only, with the area code (the seed: "Enviar apenas números com DDD"). */
export const phone = (max = 20) => required(phoneOf(max));
export const optionalPhone = (max = 20) => optional(phoneOf(max));

/**
 * Turns zod issues into one pt-BR message naming each field by its path as the seed spells it
 * ("Contrato.DadosCartao.ParcelasCartao"), prefixed with the item for array bodies.
 */
export function issueMessages(error: z.ZodError, itemIndex: number | null): string {
  const parts = error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const problem = issue.message;
    return path ? `campo ${path} ${problem}` : `corpo ${problem}`;
  });
  const message = `${parts.join("; ")}.`;
  return itemIndex === null ? message.charAt(0).toUpperCase() + message.slice(1) : `Item ${itemIndex + 1}: ${message}`;
}
