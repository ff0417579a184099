import "server-only";
import { z } from "zod";
import { normalizeCep } from "@/lib/br-registration";
import type { CepAddress, CepLookupFailure } from "@/lib/types/cep";
import { env } from "@/server/env";
import { ErpError, errorFromResponse } from "@/server/erp/errors";
import { erpFetch } from "@/server/erp/http";
import { log } from "@/server/log";

/**
 * The CEP lookup of the registration forms: one GET to the ViaCEP-compatible provider of
 * CEP_LOOKUP_URL (`{cep}` = 8 digits; the ERP sandbox's `/ws/{cep}/json/` in the demo and tests),
 * through the ERP HTTP core (timeout inside a short budget, one retry of a 502/503/504 or a lost
 * connection, JSON + zod). The answer is reshaped into the form's field names. A form must work
 * without it: an unknown CEP is `not_found`, anything else that goes wrong `unavailable` (logged,
 * never thrown), and the rep types the address.
 */

/** One attempt's limit and the whole lookup's: a rep is waiting on the form. */
const TIMEOUT_MS = 3_000;
const BUDGET_MS = 5_000;

/** ViaCEP: `{ "erro": "true" }` (v2; `true` before) for an unknown CEP, else the address. */
const viaCepSchema = z.union([
  z.object({ erro: z.union([z.literal(true), z.literal("true")]) }),
  z.object({
    logradouro: z.string().default(""),
    bairro: z.string().default(""),
    localidade: z.string().min(1),
    uf: z.string().regex(/^[A-Z]{2}$/),
    ibge: z.string().regex(/^\d{7}$/),
    ddd: z
      .string()
      .regex(/^(\d{2})?$/)
      .default(""),
  }),
]);

export type CepLookup = { ok: true; address: CepAddress } | { ok: false; reason: CepLookupFailure };

/** 8 digits from what a rep typed (`01310-100`, `01.310-100`); undefined when it is not a CEP. */
export function cepDigits(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^[\d.\s-]+$/.test(trimmed)) return undefined;
  const cep = normalizeCep(trimmed);
  return cep.length === 8 ? cep : undefined;
}

/** The provider's answer for `cep` as the form's address, `not_found`, or undefined when it is not ViaCEP's shape. */
export function readViaCep(cep: string, body: unknown): CepLookup | undefined {
  const parsed = viaCepSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const b = parsed.data;
  if ("erro" in b) return { ok: false, reason: "not_found" };
  return {
    ok: true,
    address: {
      zipcode: cep,
      address: b.logradouro.trim(),
      neighborhood: b.bairro.trim(),
      city: b.localidade.trim(),
      citycode: b.ibge,
      uf: b.uf,
      ddd: b.ddd,
    },
  };
}

export async function lookupCep(input: string, options: { timeoutMs?: number } = {}): Promise<CepLookup> {
  const cep = cepDigits(input);
  if (!cep) return { ok: false, reason: "invalid" };
  const url = new URL(env().CEP_LOOKUP_URL.replace("{cep}", cep));
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  try {
    const body = await erpFetch(
      { name: "cep", baseUrl: url.origin, failure: errorFromResponse },
      `${url.pathname}${url.search}`,
      { schema: z.unknown(), timeoutMs, maxAttempts: 2, deadline: Date.now() + Math.max(BUDGET_MS, timeoutMs) },
    );
    const result = readViaCep(cep, body);
    if (result) return result;
    log.warn("cep.invalid_response", { host: url.host, body: JSON.stringify(body).slice(0, 200) });
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    log.warn("cep.unavailable", { host: url.host, kind: error.kind, status: error.status, detail: error.detail });
  }
  return { ok: false, reason: "unavailable" };
}
