/**
 * Real Brazilian cities for customer addresses: IBGE municipality code (7 digits, the first two
 * are the UF; SA1 stores the last five in A1_COD_MUN), UF, area code (DDD) and the city's CEP range
 * (first five digits). Region groups let each branch sell mostly around itself.
 */
export type City = {
  ibge: string;
  name: string;
  uf: string;
  ddd: string;
  cep: readonly [number, number];
  region: Region;
};
export type Region = "SE" | "S" | "CO" | "NE" | "N";

const table: readonly (readonly [string, string, string, string, number, number, Region])[] = [
  ["3550308", "São Paulo", "SP", "11", 1000, 5999, "SE"],
  ["3509502", "Campinas", "SP", "19", 13000, 13139, "SE"],
  ["3548500", "Santos", "SP", "13", 11000, 11099, "SE"],
  ["3543402", "Ribeirão Preto", "SP", "16", 14000, 14114, "SE"],
  ["3552205", "Sorocaba", "SP", "15", 18000, 18109, "SE"],
  ["3549904", "São José dos Campos", "SP", "12", 12200, 12248, "SE"],
  ["3518800", "Guarulhos", "SP", "11", 7000, 7399, "SE"],
  ["3534401", "Osasco", "SP", "11", 6000, 6299, "SE"],
  ["3547809", "Santo André", "SP", "11", 9000, 9299, "SE"],
  ["3506003", "Bauru", "SP", "14", 17000, 17109, "SE"],
  ["3538709", "Piracicaba", "SP", "19", 13400, 13427, "SE"],
  ["3525904", "Jundiaí", "SP", "11", 13200, 13219, "SE"],
  ["3304557", "Rio de Janeiro", "RJ", "21", 20000, 23799, "SE"],
  ["3303302", "Niterói", "RJ", "21", 24000, 24399, "SE"],
  ["3106200", "Belo Horizonte", "MG", "31", 30000, 31999, "SE"],
  ["3170206", "Uberlândia", "MG", "34", 38400, 38415, "SE"],
  ["3136702", "Juiz de Fora", "MG", "32", 36000, 36099, "SE"],
  ["3205309", "Vitória", "ES", "27", 29000, 29099, "SE"],
  ["4106902", "Curitiba", "PR", "41", 80000, 82999, "S"],
  ["4113700", "Londrina", "PR", "43", 86000, 86099, "S"],
  ["4115200", "Maringá", "PR", "44", 87000, 87099, "S"],
  ["4205407", "Florianópolis", "SC", "48", 88000, 88099, "S"],
  ["4209102", "Joinville", "SC", "47", 89200, 89239, "S"],
  ["4314902", "Porto Alegre", "RS", "51", 90000, 91999, "S"],
  ["4305108", "Caxias do Sul", "RS", "54", 95000, 95124, "S"],
  ["5208707", "Goiânia", "GO", "62", 74000, 74899, "CO"],
  ["5300108", "Brasília", "DF", "61", 70000, 72799, "CO"],
  ["5103403", "Cuiabá", "MT", "65", 78000, 78109, "CO"],
  ["5002704", "Campo Grande", "MS", "67", 79000, 79129, "CO"],
  ["2304400", "Fortaleza", "CE", "85", 60000, 61599, "NE"],
  ["2303709", "Caucaia", "CE", "85", 61600, 61699, "NE"],
  ["2307304", "Juazeiro do Norte", "CE", "88", 63000, 63099, "NE"],
  ["2312908", "Sobral", "CE", "88", 62000, 62099, "NE"],
  ["2927408", "Salvador", "BA", "71", 40000, 42599, "NE"],
  ["2910800", "Feira de Santana", "BA", "75", 44000, 44099, "NE"],
  ["2611606", "Recife", "PE", "81", 50000, 52999, "NE"],
  ["2604106", "Caruaru", "PE", "81", 55000, 55099, "NE"],
  ["2408102", "Natal", "RN", "84", 59000, 59139, "NE"],
  ["2507507", "João Pessoa", "PB", "83", 58000, 58099, "NE"],
  ["2211001", "Teresina", "PI", "86", 64000, 64099, "NE"],
  ["2111300", "São Luís", "MA", "98", 65000, 65109, "NE"],
  ["2704302", "Maceió", "AL", "82", 57000, 57099, "NE"],
  ["2800308", "Aracaju", "SE", "79", 49000, 49099, "NE"],
  ["1501402", "Belém", "PA", "91", 66000, 66999, "N"],
  ["1500800", "Ananindeua", "PA", "91", 67000, 67199, "N"],
  ["1506807", "Santarém", "PA", "93", 68000, 68109, "N"],
  ["1504208", "Marabá", "PA", "94", 68500, 68509, "N"],
  ["1502400", "Castanhal", "PA", "91", 68740, 68749, "N"],
  ["1302603", "Manaus", "AM", "92", 69000, 69099, "N"],
  ["1600303", "Macapá", "AP", "96", 68900, 68914, "N"],
  ["1721000", "Palmas", "TO", "63", 77000, 77270, "N"],
];

export const cities: readonly City[] = table.map(([ibge, name, uf, ddd, from, to, region]) => ({
  ibge,
  name,
  uf,
  ddd,
  cep: [from, to],
  region,
}));

export function citiesOf(region: Region): readonly City[] {
  return cities.filter((c) => c.region === region);
}

/** UF name (the contract's `ufdescription`). */
export const ufNames: Readonly<Record<string, string>> = {
  SP: "São Paulo",
  RJ: "Rio de Janeiro",
  MG: "Minas Gerais",
  ES: "Espírito Santo",
  PR: "Paraná",
  SC: "Santa Catarina",
  RS: "Rio Grande do Sul",
  GO: "Goiás",
  DF: "Distrito Federal",
  MT: "Mato Grosso",
  MS: "Mato Grosso do Sul",
  CE: "Ceará",
  BA: "Bahia",
  PE: "Pernambuco",
  RN: "Rio Grande do Norte",
  PB: "Paraíba",
  PI: "Piauí",
  MA: "Maranhão",
  AL: "Alagoas",
  SE: "Sergipe",
  PA: "Pará",
  AM: "Amazonas",
  AP: "Amapá",
  TO: "Tocantins",
};
