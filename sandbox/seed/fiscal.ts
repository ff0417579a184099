import type { Row } from "./bulk";
import { estIcmValue, exceptionRows, internalIcmsRates, northUfs } from "./tax-rules";

/**
 * The fiscal tables of every company group: operation types (SX5 'DJ', SFM → SF4 TES), the states
 * of SX5 table 12 and the SX6 parameters. The other small shared tables are in catalog.ts.
 */

/**
 * Operation types (SX5 'DJ') and their TES (SFM → SF4). A bonificação (02) and a remessa (03)
 * create no receivables (F4_DUPLIC = 'N'); 05 was withdrawn (deleted row, kept for the diff sync).
 * Tax flags (SF4, read by the SalesTaxes engine — sandbox/docs/taxes.md): a sale (501) calculates
 * ICMS, IPI, ICMS-ST and PIS/COFINS; a bonificação (502) ICMS and IPI (free goods are still taxed,
 * but earn no revenue, so no PIS/COFINS); a demonstration remessa (503) ICMS only; the simple
 * invoice of a future delivery (504, CFOP 5922) calculates nothing — ICMS and IPI are due on the
 * delivery invoice (CFOP 5116/5117), and the revenue is recognised then.
 */
export const operationTypes = [
  {
    code: "01",
    description: "VENDA DE MERCADORIA",
    tes: "501",
    text: "VENDA MERCADORIA",
    cfop: "5102",
    duplic: "S",
    stock: "S",
    icms: "S",
    ipi: "S",
    st: "S",
    ipiInIcmsBase: "N",
    pisCofins: "3",
  },
  {
    code: "02",
    description: "BONIFICACAO",
    tes: "502",
    text: "REMESSA EM BONIFICACAO",
    cfop: "5910",
    duplic: "N",
    stock: "S",
    icms: "S",
    ipi: "S",
    st: "N",
    ipiInIcmsBase: "N",
    pisCofins: "4",
  },
  {
    code: "03",
    description: "REMESSA PARA DEMONSTRACAO",
    tes: "503",
    text: "REMESSA DEMONSTRACAO",
    cfop: "5912",
    duplic: "N",
    stock: "S",
    icms: "S",
    ipi: "N",
    st: "N",
    ipiInIcmsBase: "N",
    pisCofins: "4",
  },
  {
    code: "04",
    description: "VENDA PARA ENTREGA FUTURA",
    tes: "504",
    text: "VENDA ENTREGA FUTURA",
    cfop: "5922",
    duplic: "S",
    stock: "N",
    icms: "N",
    ipi: "N",
    st: "N",
    ipiInIcmsBase: "N",
    pisCofins: "4",
  },
  {
    code: "05",
    description: "TROCA",
    tes: "505",
    text: "TROCA MERCADORIA",
    cfop: "5949",
    duplic: "N",
    stock: "S",
    icms: "S",
    ipi: "N",
    st: "N",
    ipiInIcmsBase: "N",
    pisCofins: "4",
    deleted: true,
  },
] as const;

/**
 * `branchUfs`: each branch of the group with its UF (SYS_COMPANY M0_ESTENT), seeded as the
 * branch's own MV_ESTADO row (X6_FIL = branch), the way a multi-state install keys it.
 */
export function fiscalRows(
  ufNames: Readonly<Record<string, string>>,
  branchUfs: readonly (readonly [branch: string, uf: string])[],
): {
  sx5: Row[];
  sf4: Row[];
  sfm: Row[];
  sx6: Row[];
  sf7: Row[];
} {
  const sx5: Row[] = operationTypes.map((o) => ({
    X5_FILIAL: "",
    X5_TABELA: "DJ",
    X5_CHAVE: o.code,
    X5_DESCRI: o.description,
    X5_DESCSPA: o.description,
    X5_DESCENG: o.description,
    D_E_L_E_T_: "deleted" in o ? "*" : " ",
  }));
  // Table 12 = states (UF), what ufdescription comes from.
  for (const [uf, name] of Object.entries(ufNames)) {
    sx5.push({
      X5_FILIAL: "",
      X5_TABELA: "12",
      X5_CHAVE: uf,
      X5_DESCRI: name.toUpperCase(),
      X5_DESCSPA: name,
      X5_DESCENG: name,
      D_E_L_E_T_: " ",
    });
  }
  const sf4 = operationTypes.map((o) => ({
    F4_FILIAL: "",
    F4_CODIGO: o.tes,
    F4_TIPO: "S",
    F4_TEXTO: o.text,
    F4_CF: o.cfop,
    F4_DUPLIC: o.duplic,
    F4_ESTOQUE: o.stock,
    F4_ICM: o.icms,
    F4_IPI: o.ipi,
    F4_INCSOL: o.st,
    F4_INCIDE: o.ipiInIcmsBase,
    F4_PISCOF: o.pisCofins,
  }));
  const sfm = operationTypes.map((o) => ({
    FM_FILIAL: "",
    FM_TIPO: o.code,
    FM_TS: o.tes,
    D_E_L_E_T_: "deleted" in o ? "*" : " ",
  }));
  const sx6 = [
    {
      X6_FIL: "",
      X6_VAR: "MV_RISCOB",
      X6_TIPO: "N",
      X6_DESCRIC: "Dias de atraso tolerados para clientes de risco B",
      X6_CONTEUD: "10",
    },
    {
      X6_FIL: "",
      X6_VAR: "MV_RISCOC",
      X6_TIPO: "N",
      X6_DESCRIC: "Dias de atraso tolerados para clientes de risco C",
      X6_CONTEUD: "20",
    },
    {
      X6_FIL: "",
      X6_VAR: "MV_RISCOD",
      X6_TIPO: "N",
      X6_DESCRIC: "Dias de atraso tolerados para clientes de risco D",
      X6_CONTEUD: "30",
    },
    {
      X6_FIL: "",
      X6_VAR: "MV_1DUP",
      X6_TIPO: "C",
      X6_DESCRIC: "Primeira parcela dos titulos a receber",
      X6_CONTEUD: "A",
    },
    { X6_FIL: "", X6_VAR: "MV_ESTNEG", X6_TIPO: "C", X6_DESCRIC: "Permite estoque negativo", X6_CONTEUD: "N" },
    {
      X6_FIL: "",
      X6_VAR: "MV_ESTICM",
      X6_TIPO: "C",
      X6_DESCRIC: "Aliquota de ICMS interna de cada estado",
      X6_CONTEUD: estIcmValue(),
    },
    {
      X6_FIL: "",
      X6_VAR: "MV_NORTE",
      X6_TIPO: "C",
      X6_DESCRIC: "Estados das regioes N/NE/CO e ES (aliquota interestadual de 7%)",
      X6_CONTEUD: northUfs,
    },
    {
      X6_FIL: "",
      X6_VAR: "MV_ICMPAD",
      X6_TIPO: "N",
      X6_DESCRIC: "Aliquota de ICMS padrao (estado fora de MV_ESTICM)",
      X6_CONTEUD: String(internalIcmsRates.SP),
    },
    ...branchUfs.map(([branch, uf]) => ({
      X6_FIL: branch,
      X6_VAR: "MV_ESTADO",
      X6_TIPO: "C",
      X6_DESCRIC: "Sigla do estado da filial para o calculo do ICMS",
      X6_CONTEUD: uf,
    })),
  ];
  return { sx5, sf4, sfm, sx6, sf7: exceptionRows() };
}
