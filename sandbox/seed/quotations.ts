/**
 * Quotations (SCJ/SCK) of ana (seller 000001) and bruno (000002) in 01/01: one of each status for
 * the demos and the tests (sandbox/docs/quotations.md). Fixed data, no random draw — every other
 * seeded figure stays as it was. Prices are read from the seeded price list 002 (current), so the
 * open ones convert; the converted one is copied from one of ana's seeded orders (keyed in the
 * ERP, invoiced) and linked both ways as MATA416 links them (CK_NUMPV; C6_NUMORC = CJ_NUM + CK_ITEM).
 */
import { companyTable, type Database } from "../db";
import { centsToDecimal, discountPercent, lineTotal, toCents } from "../orders/money";
import { bulkInsert, type Row } from "./bulk";
import { dateOf, dayOf } from "./dates";
import { operationTypes } from "./fiscal";

type Line = { product: string; quantity: number; /** % below the list price */ off?: number };

type Showcase = {
  seller: string;
  /** A customer code, or `first` = the seller's first live, unblocked customer. */
  customer: string;
  issuedDaysAgo: number;
  /** CJ_VALIDA − business date, in days (negative: expired). */
  validDays: number;
  status: "A" | "C";
  deleted?: boolean;
  origin: string;
  externalid: string;
  lines: Line[];
};

/** What the seed shows, besides the converted quotation (ana's, copied from an order). */
export const quotationShowcase: readonly (Showcase & { label: string })[] = [
  {
    label: "ana open",
    seller: "000001",
    customer: "000012",
    issuedDaysAgo: 2,
    validDays: 13,
    status: "A",
    origin: "TGV.QUOTATION",
    externalid: "pgv-orc-ana-aberto",
    lines: [
      { product: "P00001", quantity: 3 },
      { product: "P00002", quantity: 2, off: 5 },
    ],
  },
  {
    label: "ana expired",
    seller: "000001",
    customer: "000003",
    issuedDaysAgo: 25,
    validDays: -5,
    status: "A",
    origin: "TGV.QUOTATION",
    externalid: "pgv-orc-ana-vencido",
    lines: [{ product: "P00001", quantity: 5 }],
  },
  {
    label: "ana cancelled",
    seller: "000001",
    customer: "000012",
    issuedDaysAgo: 30,
    validDays: -15,
    status: "C",
    origin: "",
    externalid: "",
    lines: [{ product: "P00003", quantity: 1 }],
  },
  {
    label: "ana deleted",
    seller: "000001",
    customer: "000005",
    issuedDaysAgo: 20,
    validDays: -5,
    status: "A",
    deleted: true,
    origin: "TGV.QUOTATION",
    externalid: "pgv-orc-ana-excluido",
    lines: [{ product: "P00002", quantity: 4 }],
  },
  {
    label: "bruno open",
    seller: "000002",
    customer: "first",
    issuedDaysAgo: 4,
    validDays: 11,
    status: "A",
    origin: "TGV.QUOTATION",
    externalid: "pgv-orc-bruno-aberto",
    lines: [
      { product: "P00001", quantity: 2 },
      { product: "P00003", quantity: 1 },
    ],
  },
  {
    label: "bruno expired",
    seller: "000002",
    customer: "first",
    issuedDaysAgo: 40,
    validDays: -25,
    status: "A",
    origin: "TGV.QUOTATION",
    externalid: "",
    lines: [{ product: "P00002", quantity: 1 }],
  },
];

const SHOWCASE_BRANCH = "01";
const TES = operationTypes.find((o) => o.code === "01")!.tes;

type Draft = { day: number; header: Row; items: Row[]; order?: string };

export async function seedQuotations(db: Database, group: string, branch: string, today: number): Promise<void> {
  if (group !== "01" || branch !== SHOWCASE_BRANCH) return;
  const t = (alias: string) => companyTable(alias, group);
  const q = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;
  const products = new Map(
    (
      await q<{ code: string; description: string; unit: string; warehouse: string; price: string }>(
        `SELECT trim(b1.B1_COD) AS code, rtrim(b1.B1_DESC) AS description, b1.B1_UM AS unit, b1.B1_LOCPAD AS warehouse, da1.DA1_PRCVEN AS price
           FROM ${t("SB1")} b1 JOIN ${t("DA1")} da1 ON da1.DA1_CODPRO = b1.B1_COD AND da1.DA1_CODTAB = '002' AND da1.D_E_L_E_T_ = ' '
          WHERE b1.B1_COD IN ('P00001', 'P00002', 'P00003') AND b1.D_E_L_E_T_ = ' '`,
      )
    ).map((p) => [p.code, p]),
  );
  const firstCustomer = async (seller: string) =>
    (
      await q<{ code: string }>(
        `SELECT A1_COD AS code FROM ${t("SA1")} WHERE A1_FILIAL = $1 AND A1_VEND = $2 AND A1_LOJA = '01' AND A1_MSBLQL <> '1' AND D_E_L_E_T_ = ' '
          ORDER BY A1_COD LIMIT 1`,
        [branch, seller],
      )
    )[0]!.code;

  const drafts: Draft[] = [];
  for (const s of quotationShowcase) {
    const customer = s.customer === "first" ? await firstCustomer(s.seller) : s.customer;
    const deleted = s.deleted ? "*" : " ";
    const items = s.lines.map((line) => {
      const p = products.get(line.product);
      if (!p) throw new Error(`quotation seed: ${line.product} is not in price list 002`);
      const list = toCents(p.price);
      const price = Math.round((list * (100 - (line.off ?? 0))) / 100);
      return {
        CK_PRODUTO: line.product,
        CK_DESCRI: p.description.slice(0, 60),
        CK_UM: p.unit,
        CK_QTDVEN: line.quantity.toFixed(2),
        CK_PRUNIT: centsToDecimal(list),
        CK_PRCVEN: centsToDecimal(price),
        CK_DESCONT: discountPercent(list, price).toFixed(2),
        CK_VALOR: centsToDecimal(lineTotal(line.quantity, price)),
        CK_OPER: "01",
        CK_TES: TES,
        CK_LOCAL: p.warehouse,
        CK_CLIENTE: customer,
        CK_LOJA: "01",
        CK_NUMPV: "",
        D_E_L_E_T_: deleted,
      };
    });
    const day = today - s.issuedDaysAgo;
    drafts.push({
      day,
      header: {
        CJ_CLIENTE: customer,
        CJ_LOJA: "01",
        CJ_CONDPAG: "003",
        CJ_TABELA: "002",
        CJ_EMISSAO: dateOf(day),
        CJ_VALIDA: dateOf(today + s.validDays),
        CJ_STATUS: s.status,
        CJ_TPFRETE: "C",
        CJ_FRETE: "0.00",
        CJ_XVEND: s.seller,
        CJ_XEXTID: s.externalid,
        CJ_ORIGEM: s.origin,
        D_E_L_E_T_: deleted,
      },
      items,
    });
  }
  const converted = await convertedDraft(db, t, branch, today);
  if (converted) drafts.push(converted);

  // CJ_NUM in order of entry, as GetSXENum gives them.
  drafts.sort((a, b) => a.day - b.day);
  const scj: Row[] = [];
  const sck: Row[] = [];
  drafts.forEach((d, i) => {
    const num = String(i + 1).padStart(6, "0");
    d.header = { CJ_FILIAL: branch, CJ_NUM: num, ...d.header };
    scj.push(d.header);
    d.items.forEach((item, n) =>
      sck.push({ CK_FILIAL: branch, CK_NUM: num, CK_ITEM: item.CK_ITEM ?? String(n + 1).padStart(2, "0"), ...item }),
    );
  });
  await bulkInsert(db, t("SCJ"), scj);
  await bulkInsert(db, t("SCK"), sck);
  if (converted) {
    const num = converted.header.CJ_NUM as string;
    await db.query(
      `UPDATE ${t("SC6")} SET C6_NUMORC = $3 || C6_ITEM WHERE C6_FILIAL = $1 AND C6_NUM = $2 AND D_E_L_E_T_ = ' '`,
      [branch, converted.order, num],
    );
  }
}

/**
 * ana's converted quotation: the first order of hers keyed in the ERP (no C5_ORIGEM), invoiced,
 * issued 10 to 40 days ago — quoted three days before it, valid 15 days, with the order's own
 * live lines (same items, same prices), CK_NUMPV = the order.
 */
async function convertedDraft(
  db: Database,
  t: (alias: string) => string,
  branch: string,
  today: number,
): Promise<Draft | undefined> {
  const order = (
    await db.query<{
      num: string;
      customer: string;
      store: string;
      condition: string;
      list: string;
      issued: string;
      freightType: string;
      freight: string;
    }>(
      `SELECT C5_NUM AS num, C5_CLIENTE AS customer, C5_LOJACLI AS store, C5_CONDPAG AS condition, C5_TABELA AS list,
              C5_EMISSAO AS issued, C5_TPFRETE AS "freightType", C5_FRETE AS freight
         FROM ${t("SC5")} WHERE C5_FILIAL = $1 AND C5_VEND1 = '000001' AND trim(C5_ORIGEM) = '' AND trim(C5_NOTA) <> ''
          AND C5_EMISSAO BETWEEN $2 AND $3 AND D_E_L_E_T_ = ' ' ORDER BY C5_NUM LIMIT 1`,
      [branch, dateOf(today - 40), dateOf(today - 10)],
    )
  ).rows[0];
  if (!order) return undefined;
  const { rows: lines } = await db.query<Record<string, string>>(
    `SELECT C6_ITEM AS "CK_ITEM", C6_PRODUTO AS "CK_PRODUTO", C6_DESCRI AS "CK_DESCRI", C6_UM AS "CK_UM", C6_QTDVEN AS "CK_QTDVEN",
            C6_PRUNIT AS "CK_PRUNIT", C6_PRCVEN AS "CK_PRCVEN", C6_DESCONT AS "CK_DESCONT", C6_VALOR AS "CK_VALOR", C6_OPER AS "CK_OPER",
            C6_TES AS "CK_TES", C6_LOCAL AS "CK_LOCAL", C6_CLI AS "CK_CLIENTE", C6_LOJA AS "CK_LOJA", C6_NUM AS "CK_NUMPV"
       FROM ${t("SC6")} WHERE C6_FILIAL = $1 AND C6_NUM = $2 AND D_E_L_E_T_ = ' ' ORDER BY C6_ITEM`,
    [branch, order.num],
  );
  const quoted = dayOf(order.issued) - 3;
  return {
    day: quoted,
    order: order.num,
    header: {
      CJ_CLIENTE: order.customer,
      CJ_LOJA: order.store,
      CJ_CONDPAG: order.condition,
      CJ_TABELA: order.list,
      CJ_EMISSAO: dateOf(quoted),
      CJ_VALIDA: dateOf(quoted + 15),
      CJ_STATUS: "B",
      CJ_TPFRETE: order.freightType,
      CJ_FRETE: order.freight,
      CJ_XVEND: "000001",
      CJ_XEXTID: "",
      CJ_ORIGEM: "",
      D_E_L_E_T_: " ",
    },
    items: lines.map((l) => ({ ...l, D_E_L_E_T_: " " })),
  };
}
