import type { Row } from "./bulk";

/**
 * The fixed fiscal rules of every company group, as a Protheus install keys them: the internal
 * ICMS rate of each UF (SX6 MV_ESTICM), the UFs of the 7% interstate rule (MV_NORTE), the IPI rate,
 * origin and tax group of each NCM (SB1 B1_IPI / B1_ORIGEM / B1_GRTRIB, derived from B1_POSIPI so
 * no random stream moves) and the ICMS-ST margins (SF7). Values are plausible 2026 figures shaped
 * like the real tables (modal state rates, TIPI, ICMS protocols), not a legal reference.
 * sandbox/docs/taxes.md lists them and the formulas that use them.
 */

/**
 * Modal internal ICMS rate (%) of every UF. RJ is 22 = 20 + 2 of FECP (Fundo de Combate à Pobreza)
 * kept as one figure; no other state's FECP is modelled.
 */
export const internalIcmsRates: Readonly<Record<string, number>> = {
  AC: 19,
  AL: 20.5,
  AM: 20,
  AP: 18,
  BA: 20.5,
  CE: 20,
  DF: 20,
  ES: 17,
  GO: 19,
  MA: 23,
  MG: 18,
  MS: 17,
  MT: 17,
  PA: 19,
  PB: 20,
  PE: 20.5,
  PI: 22.5,
  PR: 19.5,
  RJ: 22,
  RN: 20,
  RO: 19.5,
  RR: 20,
  RS: 17,
  SC: 17,
  SE: 19,
  SP: 18,
  TO: 20,
};

/**
 * MV_NORTE: North, Northeast, Centre-West and ES. A sale from any other UF (South and Southeast
 * except ES) to one of these pays 7% interstate instead of 12% (Resolução do Senado 22/1989).
 */
export const northUfs = "AC/AL/AM/AP/BA/CE/DF/ES/GO/MA/MS/MT/PA/PB/PE/PI/RN/RO/RR/SE/TO";

/** MV_ESTICM as Protheus stores it: UF + rate, no separator (`AC19AL20.5AM20…`). */
export function estIcmValue(): string {
  return Object.entries(internalIcmsRates)
    .map(([uf, rate]) => `${uf}${rate}`)
    .join("");
}

/**
 * Tax groups (B1_GRTRIB) with ICMS-ST in some UF: beverages and cleaning / hygiene goods, the
 * classic substitution chains of a food wholesaler (ICMS protocols 11/91 and Convênio 142/18).
 */
export const taxGroups = {
  "001": "AGUAS E REFRIGERANTES",
  "002": "CERVEJAS",
  "003": "PRODUTOS DE LIMPEZA",
  "004": "HIGIENE PESSOAL E PERFUMARIA",
} as const;
type TaxGroup = keyof typeof taxGroups;

/**
 * Per NCM of the catalogue (products.ts): IPI rate (%), tax group, origin. Foods are 0% in the
 * TIPI; cleaning, hygiene, plastics and beverages are taxed. Nitrile gloves are imported directly
 * (origin 1), so they pay 4% on interstate sales.
 */
const ncmRules: Readonly<Record<string, { ipi: number; group?: TaxGroup; origin?: "1" }>> = {
  "0901.21.00": { ipi: 0 },
  "1006.30.21": { ipi: 0 },
  "0713.33.19": { ipi: 0 },
  "1701.99.00": { ipi: 0 },
  "1507.90.11": { ipi: 0 },
  "1902.19.00": { ipi: 0 },
  "1101.00.10": { ipi: 0 },
  "0402.21.10": { ipi: 0 },
  "2501.00.20": { ipi: 0 },
  "1905.31.00": { ipi: 0 },
  "0406.10.10": { ipi: 0 },
  "1602.41.00": { ipi: 0 },
  "1517.10.00": { ipi: 0 },
  "2202.10.00": { ipi: 4, group: "001" },
  "2201.10.00": { ipi: 0, group: "001" },
  "2009.61.00": { ipi: 0 },
  "2203.00.00": { ipi: 6, group: "002" },
  "3402.20.00": { ipi: 5, group: "003" },
  "2828.90.11": { ipi: 5, group: "003" },
  "3808.94.19": { ipi: 0, group: "003" },
  "3809.91.90": { ipi: 5, group: "003" },
  "3924.90.00": { ipi: 6.5 },
  "3923.21.90": { ipi: 5 },
  "4818.10.00": { ipi: 0 },
  "4818.20.00": { ipi: 0 },
  "3401.11.90": { ipi: 5, group: "004" },
  "3306.10.00": { ipi: 0, group: "004" },
  "3305.10.00": { ipi: 7, group: "004" },
  "3307.20.10": { ipi: 7, group: "004" },
  "9619.00.00": { ipi: 0 },
  "2207.20.19": { ipi: 0 },
  "3924.10.00": { ipi: 6.5 },
  "4818.30.00": { ipi: 0 },
  "4015.19.00": { ipi: 10, origin: "1" },
  "3920.43.00": { ipi: 10 },
  "4402.90.00": { ipi: 0 },
  "2309.10.00": { ipi: 10 },
  "2004.10.00": { ipi: 0 },
  "0207.12.00": { ipi: 0 },
};

/** B1_IPI / B1_ORIGEM / B1_GRTRIB of a product from its NCM (an unknown NCM: national, no IPI). */
export function productTaxColumns(ncm: string): { B1_IPI: number; B1_ORIGEM: string; B1_GRTRIB: string } {
  const rule = ncmRules[ncm];
  return { B1_IPI: rule?.ipi ?? 0, B1_ORIGEM: rule?.origin ?? "0", B1_GRTRIB: rule?.group ?? "" };
}

/**
 * ICMS-ST margins (MVA %, original — the engine adjusts it on interstate sales) per tax group and
 * destination UF, for resellers (R) and solidários (S). São Paulo keeps ST on beverages only
 * (it ended it for cleaning and hygiene goods); final consumers never carry ST.
 */
const stMargins: readonly (readonly [TaxGroup, Readonly<Record<string, number>>])[] = [
  ["001", { SP: 70, MG: 40, RJ: 65, PR: 70, BA: 80, CE: 80, PA: 80 }],
  ["002", { SP: 70, MG: 70, RJ: 70, PR: 70, BA: 100, CE: 100, PA: 100 }],
  ["003", { MG: 37.99, RJ: 35, PR: 38, BA: 42 }],
  ["004", { MG: 40, RJ: 43, PR: 40 }],
];

/** SF7 rows: one per group × UF × customer type, F7_SEQUEN numbered within the group. */
export function exceptionRows(): Row[] {
  return stMargins.flatMap(([group, byUf]) =>
    Object.entries(byUf).flatMap(([uf, margin], i) =>
      (["R", "S"] as const).map((type, j) => ({
        F7_FILIAL: "",
        F7_GRTRIB: group,
        F7_GRPCLI: "",
        F7_SEQUEN: String(i * 2 + j + 1).padStart(2, "0"),
        F7_EST: uf,
        F7_TIPOCLI: type,
        F7_MARGEM: margin,
        D_E_L_E_T_: " ",
      })),
    ),
  );
}
