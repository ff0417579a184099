import { getMunicipalityByCode } from "@brazilian-utils/brazilian-utils";

/**
 * The IBGE municipality table (5,570 cities, through @brazilian-utils), server-side and in the
 * sandbox only: it weighs too much for a browser bundle. Protheus keeps it in CC2; SA1/SUS store the
 * last five digits (A1_COD_MUN) beside the UF (A1_EST), so a code is checked against its UF.
 */
export type Municipality = { ibge: string; name: string; uf: string };

/** A 7-digit IBGE code, or the 5-digit SA1 code with its UF; undefined when no such city exists there. */
export function municipality(code: string, uf?: string): Municipality | undefined {
  const digits = code.replace(/\D/g, "");
  const found =
    digits.length === 7
      ? getMunicipalityByCode(digits)
      : digits.length === 5 && uf
        ? findByShortCode(digits, uf.toUpperCase())
        : null;
  if (!found) return undefined;
  if (uf && found.stateCode !== uf.toUpperCase()) return undefined;
  return { ibge: found.code, name: found.name, uf: found.stateCode };
}

function findByShortCode(short: string, uf: string) {
  // The UF's IBGE prefix is the first two digits of any of its cities' codes.
  const prefix = UF_IBGE[uf];
  return prefix ? getMunicipalityByCode(`${prefix}${short}`) : null;
}

/** The IBGE code of each UF ("cUF"): the first two digits of its municipalities' codes. */
export const UF_IBGE: Readonly<Record<string, string>> = {
  RO: "11",
  AC: "12",
  AM: "13",
  RR: "14",
  PA: "15",
  AP: "16",
  TO: "17",
  MA: "21",
  PI: "22",
  CE: "23",
  RN: "24",
  PB: "25",
  PE: "26",
  AL: "27",
  SE: "28",
  BA: "29",
  MG: "31",
  ES: "32",
  RJ: "33",
  SP: "35",
  PR: "41",
  SC: "42",
  RS: "43",
  MS: "50",
  MT: "51",
  GO: "52",
  DF: "53",
};
