import "server-only";
import { z } from "zod";
import type { SgeConnectionConfig } from "@/server/env";
import { sgeFetch } from "./transport";

/**
 * RM's standard SQL read (`consultaSQLServer/RealizaConsulta`): the sentences the customer's RM
 * team registers for the portal (their SQL: sandbox/docs/sge.md), read with the integration user.
 */

/** RealizaConsulta: a sentence's rows, the parameters as `NAME=value;NAME2=value2`. */
export async function realizaConsulta<S extends z.ZodType>(
  c: SgeConnectionConfig,
  sentence: string,
  parameters: Record<string, string | number>,
  row: S,
): Promise<z.infer<S>[]> {
  const { path, coligada, system } = c.consulta;
  const encoded = Object.entries(parameters)
    .map(([k, v]) => `${k}=${v}`)
    .join(";");
  return sgeFetch(c, `${path}/${encodeURIComponent(sentence)}/${coligada}/${system}`, {
    query: { parameters: encoded },
    schema: z.array(row),
  });
}

/** Column names as RM's SQL aliases them; a sentence written in another case reads the same. */
export const upperKeys = (v: unknown) =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toUpperCase(), x]))
    : v;
export const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? "" : String(v).trim()));
/** A number RM answers as a JSON number or as numeric text ("2400.00"); null, absent or blank → null. */
export const numberOrNull = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined || String(v).trim() === "") return null;
    const n = Number(String(v).trim());
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: `not a number: ${String(v).slice(0, 20)}` });
      return z.NEVER;
    }
    return n;
  });
/** An amount or a count: null or blank (a LEFT JOIN with nothing) reads 0. */
export const amount = numberOrNull.transform((v) => v ?? 0);
/** A key that must be there (IDLAN, CODCONTRATO…). */
export const id = numberOrNull.pipe(z.number());
/** A date as RM answers it (`yyyy-mm-ddT00:00:00`), kept as given; blank → null. */
export const rmDate = z
  .string()
  .nullish()
  .transform((v) => (v && v.trim() ? v.trim() : null));
export const code = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined || String(v).trim() === "" ? null : String(v).trim()));

export const crmServiceRowSchema = z.preprocess(
  upperKeys,
  z.object({
    CODCOLIGADA: z.coerce.number().int(),
    CODIGO: text,
    DESCRICAO: text,
    PRODUTOPROTHEUS: text,
    NATUREZA: text,
    ITEMCONTABIL: text,
    CONTACONTABIL: text,
    ATIVO: text,
    CODCURSOS: text,
  }),
);
export const accountingItemRowSchema = z.preprocess(
  upperKeys,
  z.object({
    CODCOLIGADA: z.coerce.number().int(),
    ITEMCONTABIL: text,
    CODFILIAL: text,
    DESCRICAO: text,
    STATUS: text,
  }),
);

/** The CRM services of a coligada (ZINTSFSERVICOCRM with the courses they are attached to). */
export async function listCrmServices(c: SgeConnectionConfig, coligada: number) {
  return realizaConsulta(c, c.consulta.crmServices, { CODCOLIGADA: coligada }, crmServiceRowSchema);
}

/** The accounting items of a coligada (ZINTPROTHEUSITEMCONTABILPROTHEUS). */
export async function listAccountingItems(c: SgeConnectionConfig, coligada: number) {
  return realizaConsulta(c, c.consulta.accountingItems, { CODCOLIGADA: coligada }, accountingItemRowSchema);
}
