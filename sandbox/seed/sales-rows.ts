import type { Row } from "./bulk";
import { conditionOf } from "./catalog";
import { dateOf } from "./dates";
import { operationTypes } from "./fiscal";
import { cents } from "./products";
import type { Rng } from "./random";
import { titleRows } from "./receivables";
import type { OrderDraft } from "./sales-drafts";

/**
 * Turns the drafted orders of one branch into SC5/SC6/SC9/SF2/SD2/SE1 rows. Numbers follow the
 * ERP: C5_NUM in order of entry, F2_DOC (series 1) in order of invoicing, both per branch.
 */
type BranchRows = { sc5: Row[]; sc6: Row[]; sc9: Row[]; sf2: Row[]; sd2: Row[]; se1: Row[] };

const itemCode = (i: number) => String(i + 1).padStart(2, "0");

export function branchRows(branch: string, drafts: OrderDraft[], today: number, rng: Rng): BranchRows {
  const out: BranchRows = { sc5: [], sc6: [], sc9: [], sf2: [], sd2: [], se1: [] };
  drafts.sort((a, b) => a.day - b.day || a.plan.seller.localeCompare(b.plan.seller));
  drafts.forEach((d, i) => (d.num = String(i + 1).padStart(6, "0")));

  const invoiced = drafts
    .filter((d) => d.invoiceDay !== null)
    .sort((a, b) => a.invoiceDay! - b.invoiceDay! || a.num.localeCompare(b.num));
  const docs = new Map<OrderDraft, string>();
  let next = 1;
  for (const d of invoiced) {
    // ~0.5% of invoices were cancelled and re-issued: the cancelled one stays as deleted rows.
    if (d.forcedDue === undefined && rng.chance(0.005))
      writeInvoice(out, branch, d, String(next++).padStart(9, "0"), true, today, rng);
    const doc = String(next++).padStart(9, "0");
    docs.set(d, doc);
    writeInvoice(out, branch, d, doc, false, today, rng);
  }

  for (const d of drafts) writeOrder(out, branch, d, docs.get(d) ?? "", today, rng);
  return out;
}

function writeOrder(out: BranchRows, branch: string, d: OrderDraft, doc: string, today: number, rng: Rng): void {
  const c = d.customer;
  const op = operationTypes.find((o) => o.code === d.operation)!;
  const deleted = d.status === "cancelled" ? "*" : " ";
  const released = d.status !== "open" && d.status !== "rule_blocked" && d.status !== "cancelled";
  out.sc5.push({
    C5_FILIAL: branch,
    C5_NUM: d.num,
    C5_TIPO: "N",
    C5_CLIENTE: c.code,
    C5_LOJACLI: c.store,
    C5_CONDPAG: d.condition,
    C5_TABELA: d.priceList,
    C5_VEND1: d.plan.seller,
    C5_TRANSP: d.freightType === "S" ? "" : c.carrier,
    C5_TPFRETE: d.freightType,
    C5_FRETE: cents(d.freightCents),
    C5_PEDCLI: d.customerOrder,
    C5_MENNOTA: d.message,
    C5_EMISSAO: dateOf(d.day),
    C5_NOTA: doc,
    C5_SERIE: doc ? "1" : "",
    C5_BLQ: d.status === "rule_blocked" ? "1" : "",
    C5_LIBEROK: released ? "S" : "",
    C5_ORIGEM: d.origin,
    C5_XEXTID: d.externalId,
    D_E_L_E_T_: deleted,
  });
  const releaseDay = dateOf(Math.min(d.day + (rng.chance(0.3) ? 1 : 0), today));
  d.items.forEach((it, i) => {
    out.sc6.push({
      C6_FILIAL: branch,
      C6_NUM: d.num,
      C6_ITEM: itemCode(i),
      C6_PRODUTO: it.product.code,
      C6_DESCRI: it.product.description,
      C6_UM: it.product.unit,
      C6_QTDVEN: it.qty,
      C6_PRUNIT: cents(it.listCents),
      C6_PRCVEN: cents(it.priceCents),
      C6_DESCONT: it.discount,
      C6_VALOR: cents(it.qty * it.priceCents),
      C6_OPER: d.operation,
      C6_TES: op.tes,
      C6_LOCAL: "01",
      C6_CLI: c.code,
      C6_LOJA: c.store,
      C6_ENTREG: dateOf(d.day + 2 + (i % 5)),
      C6_QTDENT: doc && !it.deleted ? it.qty : 0,
      C6_NOTA: it.deleted ? "" : doc,
      C6_SERIE: doc && !it.deleted ? "1" : "",
      C6_DATFAT: doc && !it.deleted ? dateOf(d.invoiceDay!) : "",
      D_E_L_E_T_: it.deleted ? "*" : deleted,
    });
    if (!released || it.deleted) return;
    // One release per item (C9_SEQUEN 01). Invoiced lines carry 10/10 and the invoice (MATA460).
    const credit = doc ? "10" : d.status === "credit_blocked" ? d.creditCode : "";
    const stock = doc ? "10" : d.status === "stock_blocked" && it.stockBlocked ? "02" : "";
    out.sc9.push({
      C9_FILIAL: branch,
      C9_PEDIDO: d.num,
      C9_ITEM: itemCode(i),
      C9_SEQUEN: "01",
      C9_CLIENTE: c.code,
      C9_LOJA: c.store,
      C9_PRODUTO: it.product.code,
      C9_LOCAL: "01",
      C9_QTDLIB: it.qty,
      C9_PRCVEN: cents(it.priceCents),
      C9_DATALIB: releaseDay,
      C9_BLCRED: credit,
      C9_BLEST: stock,
      C9_NFISCAL: doc,
      C9_SERIENF: doc ? "1" : "",
    });
  });
}

function writeInvoice(
  out: BranchRows,
  branch: string,
  d: OrderDraft,
  doc: string,
  deleted: boolean,
  today: number,
  rng: Rng,
): void {
  const c = d.customer;
  const op = operationTypes.find((o) => o.code === d.operation)!;
  const items = d.items.filter((it) => !it.deleted);
  const goods = items.reduce((sum, it) => sum + it.qty * it.priceCents, 0);
  const day = d.invoiceDay!;
  const flag = deleted ? "*" : " ";
  const titles = op.duplic === "S";
  out.sf2.push({
    F2_FILIAL: branch,
    F2_DOC: doc,
    F2_SERIE: "1",
    F2_TIPO: "N",
    F2_CLIENTE: c.code,
    F2_LOJA: c.store,
    F2_COND: d.condition,
    F2_EMISSAO: dateOf(day),
    F2_VEND1: d.plan.seller,
    F2_TRANSP: d.freightType === "S" ? "" : c.carrier,
    F2_VALMERC: cents(goods),
    F2_FRETE: cents(d.freightCents),
    F2_VALBRUT: cents(goods + d.freightCents),
    F2_PREFIXO: titles ? "1" : "",
    F2_DUPL: titles ? doc : "",
    D_E_L_E_T_: flag,
  });
  items.forEach((it, i) => {
    out.sd2.push({
      D2_FILIAL: branch,
      D2_DOC: doc,
      D2_SERIE: "1",
      D2_ITEM: itemCode(i),
      D2_COD: it.product.code,
      D2_UM: it.product.unit,
      D2_QUANT: it.qty,
      D2_PRCVEN: cents(it.priceCents),
      D2_TOTAL: cents(it.qty * it.priceCents),
      D2_TES: op.tes,
      D2_CF: op.cfop,
      D2_LOCAL: "01",
      D2_PEDIDO: d.num,
      D2_ITEMPV: itemCode(d.items.indexOf(it)),
      D2_CLIENTE: c.code,
      D2_LOJA: c.store,
      D2_EMISSAO: dateOf(day),
      D_E_L_E_T_: flag,
    });
  });
  if (!titles) return;
  out.se1.push(
    ...titleRows(
      {
        branch,
        doc,
        customer: c.code,
        store: c.store,
        customerShort: c.short,
        seller: d.plan.seller,
        order: d.num,
        day,
        totalCents: goods + d.freightCents,
        days: conditionOf(d.condition).days,
        profile: c.profile,
        deleted,
        forcedDue: d.forcedDue,
      },
      today,
      rng,
    ),
  );
}
