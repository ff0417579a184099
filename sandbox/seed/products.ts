import type { Row } from "./bulk";
import type { Rng } from "./random";
import { productTaxColumns } from "./tax-rules";

/**
 * Product catalogue of a food / cleaning / hygiene wholesaler (the typical SIGAFAT customer base).
 * Descriptions upper-case without accents, the way most Protheus catalogues are keyed in.
 * Prices are centavos (integers) until they are written.
 */
export type Product = {
  code: string;
  description: string;
  unit: string;
  priceCents: number;
  group: string;
  ncm: string;
  blocked: boolean;
  deleted: boolean;
};

// base description, unit, NCM, base price (R$), product group
const bases: readonly (readonly [string, string, string, number, string])[] = [
  ["CAFE TORRADO E MOIDO 500G", "UN", "0901.21.00", 18.9, "0001"],
  ["ARROZ BRANCO TIPO 1 5KG", "PC", "1006.30.21", 27.5, "0001"],
  ["FEIJAO CARIOCA TIPO 1 1KG", "PC", "0713.33.19", 8.4, "0001"],
  ["ACUCAR CRISTAL 5KG", "PC", "1701.99.00", 21.9, "0001"],
  ["OLEO DE SOJA 900ML CX 20UN", "CX", "1507.90.11", 149.0, "0001"],
  ["MACARRAO ESPAGUETE 500G CX 20UN", "CX", "1902.19.00", 64.0, "0001"],
  ["FARINHA DE TRIGO 1KG FD 10UN", "CX", "1101.00.10", 52.0, "0001"],
  ["LEITE EM PO INTEGRAL 400G", "UN", "0402.21.10", 19.8, "0001"],
  ["SAL REFINADO 1KG FD 10UN", "CX", "2501.00.20", 21.0, "0001"],
  ["BISCOITO CREAM CRACKER 400G", "UN", "1905.31.00", 6.2, "0001"],
  ["QUEIJO MUSSARELA FATIADO", "KG", "0406.10.10", 44.9, "0002"],
  ["PRESUNTO COZIDO FATIADO", "KG", "1602.41.00", 32.5, "0002"],
  ["MARGARINA COM SAL 500G CX 12UN", "CX", "1517.10.00", 98.0, "0002"],
  ["REFRIGERANTE COLA 2L FD 6UN", "CX", "2202.10.00", 47.4, "0003"],
  ["AGUA MINERAL 500ML FD 12UN", "CX", "2201.10.00", 18.0, "0003"],
  ["SUCO DE UVA INTEGRAL 1L", "LT", "2009.61.00", 14.9, "0003"],
  ["CERVEJA PILSEN LATA 350ML CX 12UN", "CX", "2203.00.00", 39.9, "0003"],
  ["DETERGENTE LIQUIDO 500ML CX 24UN", "CX", "3402.20.00", 55.0, "0004"],
  ["SABAO EM PO 1KG", "UN", "3402.20.00", 12.9, "0004"],
  ["AGUA SANITARIA 2L CX 6UN", "CX", "2828.90.11", 29.4, "0004"],
  ["DESINFETANTE LAVANDA 2L", "LT", "3808.94.19", 9.8, "0004"],
  ["AMACIANTE DE ROUPAS 2L", "LT", "3809.91.90", 15.5, "0004"],
  ["ESPONJA DUPLA FACE PCT 10UN", "PC", "3924.90.00", 11.9, "0004"],
  ["SACO DE LIXO 100L ROLO 50UN", "PC", "3923.21.90", 36.0, "0004"],
  ["PAPEL HIGIENICO FOLHA DUPLA FD 12UN", "PC", "4818.10.00", 21.9, "0005"],
  ["PAPEL TOALHA 2 ROLOS", "PC", "4818.20.00", 7.9, "0005"],
  ["SABONETE EM BARRA 85G CX 12UN", "CX", "3401.11.90", 26.4, "0005"],
  ["CREME DENTAL 90G", "UN", "3306.10.00", 4.9, "0005"],
  ["SHAMPOO 350ML", "UN", "3305.10.00", 13.9, "0005"],
  ["DESODORANTE AEROSOL 150ML", "UN", "3307.20.10", 14.5, "0005"],
  ["FRALDA DESCARTAVEL G PCT 30UN", "PC", "9619.00.00", 59.9, "0005"],
  ["ALCOOL EM GEL 70 500ML", "UN", "2207.20.19", 9.9, "0005"],
  ["COPO DESCARTAVEL 200ML CX 2500UN", "CX", "3924.10.00", 119.0, "0006"],
  ["GUARDANAPO DE PAPEL PCT 50UN", "PC", "4818.30.00", 3.2, "0006"],
  ["LUVA NITRILICA CX 100UN", "CX", "4015.19.00", 42.0, "0006"],
  ["FILME PVC 28CM X 300M", "UN", "3920.43.00", 38.5, "0006"],
  ["CARVAO VEGETAL 5KG", "PC", "4402.90.00", 24.9, "0006"],
  ["RACAO PARA CAES ADULTO 15KG", "PC", "2309.10.00", 129.0, "0007"],
  ["BATATA CONGELADA PALITO 2KG", "PC", "2004.10.00", 29.9, "0002"],
  ["FRANGO CONGELADO INTEIRO", "KG", "0207.12.00", 11.9, "0002"],
];

const brands = [
  "BOA SAFRA",
  "DONA CLARA",
  "VALE VERDE",
  "SOL NASCENTE",
  "PRIMOR",
  "ESTRELA DO NORTE",
  "BELA VISTA",
  "SERRANA",
];

/** `count` products P00001.. (base × brand), prices spread ±15% around the base price. */
export function buildProducts(count: number, rng: Rng): Product[] {
  const products: Product[] = [];
  for (let i = 0; i < count; i++) {
    const [name, unit, ncm, price, group] = bases[i % bases.length]!;
    const brand = brands[Math.floor(i / bases.length) % brands.length]!;
    const factor = 0.85 + rng.next() * 0.3;
    products.push({
      code: `P${String(i + 1).padStart(5, "0")}`,
      description: `${name} ${brand}`.slice(0, 60),
      unit,
      priceCents: Math.round(price * factor * 100),
      group,
      ncm,
      // Showcase rows (sandbox/docs/data.md): P00007 blocked, P00008 deleted; a few more at random.
      blocked: i === 6 || (i > 40 && rng.chance(0.01)),
      deleted: i === 7 || (i > 40 && rng.chance(0.01)),
    });
  }
  return products;
}

export function productRows(products: readonly Product[]): Row[] {
  return products.map((p, i) => ({
    B1_FILIAL: "",
    B1_COD: p.code,
    B1_DESC: p.description,
    B1_TIPO: "ME",
    B1_UM: p.unit,
    B1_LOCPAD: "01",
    B1_GRUPO: p.group,
    B1_POSIPI: p.ncm.replaceAll(".", ""),
    // Derived from the NCM, never drawn: the tax columns move no random stream (tax-rules.ts).
    ...productTaxColumns(p.ncm),
    B1_CODBAR: ean13(`789${String(1_000_000_000 + i).slice(1)}`),
    B1_PESO: p.unit === "KG" ? 1 : 0.5,
    B1_PRV1: cents(p.priceCents),
    B1_TS: "501",
    B1_MSBLQL: p.blocked ? "1" : "2",
    D_E_L_E_T_: p.deleted ? "*" : " ",
  }));
}

/** Money column value from centavos (exact: integer division, never float arithmetic on totals). */
export function cents(value: number): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(Math.round(value));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** GTIN-13 check digit (GS1): weights 1,3 alternating over the first 12 digits. */
function ean13(first12: string): string {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `${first12}${(10 - (sum % 10)) % 10}`;
}
