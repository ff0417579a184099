/**
 * UF descriptions (SX5 table 12 of Protheus) and country names (SYA, BACEN codes): SA1 keeps only
 * the codes; the PGV `customers` API answers the descriptions too (`ufdescription`,
 * `countrydescription`). Kept as SQL CASE expressions: the sandbox has no SX5 '12' rows.
 */
const UF_NAMES: Record<string, string> = {
  AC: "ACRE",
  AL: "ALAGOAS",
  AP: "AMAPA",
  AM: "AMAZONAS",
  BA: "BAHIA",
  CE: "CEARA",
  DF: "DISTRITO FEDERAL",
  ES: "ESPIRITO SANTO",
  GO: "GOIAS",
  MA: "MARANHAO",
  MT: "MATO GROSSO",
  MS: "MATO GROSSO DO SUL",
  MG: "MINAS GERAIS",
  PA: "PARA",
  PB: "PARAIBA",
  PR: "PARANA",
  PE: "PERNAMBUCO",
  PI: "PIAUI",
  RJ: "RIO DE JANEIRO",
  RN: "RIO GRANDE DO NORTE",
  RS: "RIO GRANDE DO SUL",
  RO: "RONDONIA",
  RR: "RORAIMA",
  SC: "SANTA CATARINA",
  SP: "SAO PAULO",
  SE: "SERGIPE",
  TO: "TOCANTINS",
  EX: "EXTERIOR",
};

const COUNTRY_NAMES: Record<string, string> = {
  "105": "BRASIL",
  "063": "ARGENTINA",
  "586": "PARAGUAI",
  "845": "URUGUAI",
};

function caseOf(column: string, names: Record<string, string>): string {
  const branches = Object.entries(names).map(([code, name]) => `WHEN '${code}' THEN '${name}'`);
  return `(CASE rtrim(${column}) ${branches.join(" ")} ELSE '' END)`;
}

export const ufDescription = (column: string) => caseOf(column, UF_NAMES);
export const countryDescription = (column: string) => caseOf(column, COUNTRY_NAMES);
