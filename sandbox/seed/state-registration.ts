import { isValidStateRegistration, type Uf } from "../../lib/br-registration";
import { Rng } from "./random";

/**
 * State registrations (IE, A1_INSCR) for seeded customers, valid for their UF: MATA030's critique
 * (sandbox/registration/critique.ts) checks the check digits, so a seeded company must pass it when a
 * rep edits it. Only the shape of each UF's number lives here (length, the fixed prefix its SEFAZ
 * requires, where the check digits sit — as @brazilian-utils `isValidIe` reads them); the check
 * digits are found by asking `isValidStateRegistration`, so the rule stays in one place (as
 * lib/br-documents.ts `withCheckDigits` does for CPF/CNPJ).
 */
type IeFormat = {
  length: number;
  /** One is drawn; none = any leading digits. */
  prefixes?: readonly string[];
  /** Positions (0-based) of the check digits. */
  checks: readonly number[];
};

const nineDigits: IeFormat = { length: 9, checks: [8] };

const formats: Readonly<Record<Uf, IeFormat>> = {
  AC: { length: 13, prefixes: ["01"], checks: [11, 12] },
  AL: { length: 9, prefixes: ["24"], checks: [8] },
  AM: nineDigits,
  AP: { length: 9, prefixes: ["03"], checks: [8] },
  BA: { length: 9, checks: [7, 8] },
  CE: nineDigits,
  DF: { length: 13, prefixes: ["07"], checks: [11, 12] },
  ES: nineDigits,
  GO: { length: 9, prefixes: ["10", "11", "15"], checks: [8] },
  MA: { length: 9, prefixes: ["12"], checks: [8] },
  MG: { length: 13, checks: [11, 12] },
  MS: { length: 9, prefixes: ["28", "50"], checks: [8] },
  MT: { length: 11, checks: [10] },
  PA: { length: 9, prefixes: ["15"], checks: [8] },
  PB: nineDigits,
  PE: { length: 9, checks: [7, 8] },
  PI: nineDigits,
  PR: { length: 10, checks: [8, 9] },
  RJ: { length: 8, checks: [7] },
  RN: { length: 9, prefixes: ["20"], checks: [8] },
  RO: { length: 14, checks: [13] },
  RR: { length: 9, prefixes: ["24"], checks: [8] },
  RS: { length: 10, checks: [9] },
  SC: nineDigits,
  SE: nineDigits,
  // The ninth digit is the first check digit (of the first eight), the twelfth the second.
  SP: { length: 12, checks: [8, 11] },
  TO: nineDigits,
};

/**
 * A state registration valid for `uf`, digits only. Draws exactly one number from `rng` whatever
 * the UF (the digits come from a stream it seeds), so the draws after it — the rest of the row and
 * the rows after it — never move when a UF's format changes. At most 100 candidate check digits.
 */
export function validStateRegistration(uf: string, rng: Rng): string {
  const code = uf.toUpperCase();
  const format = (formats as Readonly<Record<string, IeFormat>>)[code];
  if (!format) throw new Error(`seed: no state registration format for UF ${uf}`);
  const digits = new Rng(rng.int(0, 0xffff_ffff), `ie:${code}`);
  // Every base has check digits in every UF today; the retry only keeps a future rule from hanging the seed.
  for (let attempt = 0; attempt < 10; attempt++) {
    const ie = withStateCheckDigits(code, format, drawBase(format, digits));
    if (ie) return ie;
  }
  throw new Error(`seed: no valid state registration drawn for ${code}`);
}

function drawBase(format: IeFormat, rng: Rng): string[] {
  const prefix = format.prefixes ? rng.pick(format.prefixes) : "";
  return Array.from({ length: format.length }, (_, i) =>
    i < prefix.length ? prefix.charAt(i) : format.checks.includes(i) ? "0" : String(rng.int(0, 9)),
  );
}

function withStateCheckDigits(uf: string, format: IeFormat, base: string[]): string | null {
  const combinations = 10 ** format.checks.length;
  for (let n = 0; n < combinations; n++) {
    let rest = n;
    for (let k = format.checks.length - 1; k >= 0; k--) {
      base[format.checks[k]!] = String(rest % 10);
      rest = Math.floor(rest / 10);
    }
    const candidate = base.join("");
    if (isValidStateRegistration(uf, candidate)) return candidate;
  }
  return null;
}
