import { messageDate } from "../orders/dates";
import { creditCodeReason } from "../orders/credit-rules";
import { notificationText } from "../orders/notification-texts";
import type { Row } from "./bulk";
import { dateOf, monthOf, monthStart } from "./dates";
import type { Customer } from "./customers";
import type { SellerPlan } from "./plan";
import { seasonality } from "./plan";
import { cents } from "./products";
import type { Rng } from "./random";
import type { OrderDraft } from "./sales-drafts";

/**
 * What surrounds the orders of a seller: monthly targets (SCT), PGV notifications (A1S, with the
 * job's own texts) and the queue items (ZTQ) of the orders the portal sent in the last month.
 */

const orderTotal = (d: OrderDraft) => d.items.reduce((s, it) => (it.deleted ? s : s + it.qty * it.priceCents), 0);

/** One target per month from 24 months back to 2 months ahead, around the seller's real average. */
export function targetRows(plan: SellerPlan, drafts: readonly OrderDraft[], today: number, rng: Rng): Row[] {
  const lastYear = drafts.filter(
    (d) => d.status !== "cancelled" && d.day >= monthStart(today, -12) && d.day < monthStart(today, 0),
  );
  const average = Math.max(lastYear.reduce((s, d) => s + orderTotal(d), 0) / 12, 100_000);
  const rows: Row[] = [];
  for (let offset = -24; offset <= 2; offset++) {
    const first = monthStart(today, offset);
    const date = dateOf(first);
    const value = Math.round((average * seasonality[monthOf(first)]! * (0.95 + rng.next() * 0.2)) / 10_000) * 10_000;
    const row = {
      CT_FILIAL: plan.branch,
      CT_DOC: `${date.slice(0, 4)}${plan.seller.slice(1)}`,
      CT_SEQUEN: date.slice(4, 6).padStart(3, "0"),
      CT_DESCRI: `META ${date.slice(4, 6)}/${date.slice(0, 4)} ${plan.sellerName.toUpperCase()}`.slice(0, 40),
      CT_DATA: date,
      CT_VEND: plan.seller,
      CT_QUANT: 0,
      CT_VALOR: cents(value),
      CT_MOEDA: "1",
      D_E_L_E_T_: " ",
    };
    rows.push(row);
    // The current month's target was revised once: the first version stays as a deleted row.
    if (offset === 0) rows.push({ ...row, CT_VALOR: cents(Math.round(value * 0.9)), D_E_L_E_T_: "*" });
  }
  return rows;
}

export type Notice = {
  day: number;
  time: string;
  type: "1" | "2";
  title: string;
  description: string;
  key: string;
  seller: string;
  userId: string;
};

/** ~20 notifications per seller with a user, over the 30 days before the business date; older ones mostly read. */
export function sellerNotices(
  plan: SellerPlan,
  drafts: readonly OrderDraft[],
  customers: readonly Customer[],
  today: number,
  rng: Rng,
): Notice[] {
  if (!plan.userId) return [];
  const time = () =>
    `${String(rng.int(8, 18)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}`;
  const base = { seller: plan.seller, userId: plan.userId };
  const notices: Notice[] = [];
  // Up to yesterday: a seeded notice dated today would carry an hour the clock may not have reached
  // (the seed is per business date, not per hour), and would sort above what the job writes now.
  for (const d of drafts
    .filter(
      (o) =>
        today - o.day <= 30 && o.day < today && o.status !== "cancelled" && (o.origin || o.status.endsWith("blocked")),
    )
    .slice(-14)) {
    const status = d.status === "cancelled" ? "open" : d.status;
    const text = notificationText({
      kind: "processed",
      operation: "insert",
      number: d.num,
      customerName: d.customer.short,
      status,
      reason: d.status === "credit_blocked" ? creditCodeReason(d.creditCode) : "Saldo em estoque insuficiente.",
    });
    notices.push({ ...base, day: d.day, time: time(), type: "1", ...text, key: `${plan.branch}${d.num}` });
  }
  const live = customers.filter((c) => !c.deleted && c.store === "01");
  for (const c of live.filter((x) => x.blocked).slice(0, 2)) {
    notices.push({
      ...base,
      day: today - rng.int(1, 30),
      time: time(),
      type: "2",
      title: `Cliente ${c.short} bloqueado`,
      description: `O cliente ${c.code}/${c.store} ${c.short} foi bloqueado para novos pedidos.`,
      key: `${plan.branch}${c.code}${c.store}`,
    });
  }
  for (const c of live.filter((x) => x.limitUntil >= today && x.limitUntil <= today + 45).slice(0, 3)) {
    const until = dateOf(c.limitUntil);
    notices.push({
      ...base,
      day: today - rng.int(1, 15),
      time: time(),
      type: "2",
      title: `Limite de crédito de ${c.short} vence em breve`,
      description: `O limite de crédito do cliente ${c.code}/${c.store} vence em ${messageDate(until)}.`,
      key: `${plan.branch}${c.code}${c.store}`,
    });
  }
  return notices;
}

/** A1S rows of a branch: ids in date order; older than 3 days mostly viewed; one deleted per seller. */
export function noticeRows(branch: string, notices: Notice[], today: number, rng: Rng): Row[] {
  notices.sort((a, b) => a.day - b.day || a.time.localeCompare(b.time));
  const firstOfSeller = new Set<string>();
  return notices.map((n, i) => {
    const deleted = !firstOfSeller.has(n.seller);
    firstOfSeller.add(n.seller);
    return {
      A1S_FILIAL: branch,
      A1S_ID: String(i + 1).padStart(10, "0"),
      A1S_TITULO: n.title.slice(0, 80),
      A1S_DESCRI: n.description.slice(0, 250),
      A1S_TIPO: n.type,
      A1S_CODUSR: n.userId,
      A1S_VEND: n.seller,
      A1S_STATUS: today - n.day > 3 && rng.chance(0.8) ? "2" : "1",
      A1S_STAMOV: "1",
      A1S_DATA: dateOf(n.day),
      A1S_HORA: n.time,
      A1S_CHAVE: n.key,
      D_E_L_E_T_: deleted ? "*" : " ",
    };
  });
}

/** Done queue items of the portal's orders in the last 30 days, plus one rejected item per seller. */
export function queueRows(plan: SellerPlan, drafts: readonly OrderDraft[], today: number, rng: Rng): Row[] {
  if (!plan.userId) return [];
  const rows: Row[] = [];
  const at = (day: number, seconds: number) => new Date(day * 86_400_000 + (12 * 3600 + seconds) * 1000).toISOString();
  for (const d of drafts.filter((o) => o.origin && o.status !== "cancelled" && today - o.day <= 30)) {
    const s = rng.int(0, 8 * 3600);
    const payload = {
      customer: d.customer.code,
      store: d.customer.store,
      paymentcondition: d.condition,
      pricelist: d.priceList,
      externalid: d.externalId,
      items: d.items
        .filter((it) => !it.deleted)
        .map((it) => ({
          product: it.product.code,
          quantity: it.qty,
          price: it.priceCents / 100,
          operationtype: d.operation,
        })),
    };
    rows.push({
      ZTQ_FILIAL: plan.branch,
      ZTQ_ID: rng.uuid(),
      ZTQ_OPER: "insert",
      ZTQ_PEDIDO: d.num,
      ZTQ_PAYLOAD: payload,
      ZTQ_EXTID: d.externalId,
      ZTQ_VEND: plan.seller,
      ZTQ_CODUSR: plan.userId,
      ZTQ_STATUS: "2",
      ZTQ_MSG: "",
      ZTQ_DTREC: at(d.day, s),
      ZTQ_DTINI: at(d.day, s + 1),
      ZTQ_DTFIM: at(d.day, s + 2),
    });
  }
  // A done item purged from the queue long ago: deleted rows reach the diff sync too.
  if (rows.length > 0) rows[0] = { ...rows[0]!, D_E_L_E_T_: "*" };
  for (const r of rows.slice(1)) r.D_E_L_E_T_ = " ";
  const s = rng.int(0, 8 * 3600);
  const day = today - rng.int(1, 5);
  rows.push({
    ZTQ_FILIAL: plan.branch,
    ZTQ_ID: rng.uuid(),
    ZTQ_OPER: "insert",
    ZTQ_PEDIDO: "",
    ZTQ_EXTID: `pgv-${rng.uuid()}`,
    ZTQ_VEND: plan.seller,
    ZTQ_CODUSR: plan.userId,
    ZTQ_PAYLOAD: {
      customer: "000000",
      store: "01",
      paymentcondition: "002",
      items: [{ product: "P00007", quantity: 1, price: 10, operationtype: "01" }],
    },
    ZTQ_STATUS: "3",
    ZTQ_MSG: "Produto P00007 bloqueado para uso (B1_MSBLQL).",
    ZTQ_DTREC: at(day, s),
    ZTQ_DTINI: at(day, s + 1),
    ZTQ_DTFIM: at(day, s + 2),
    D_E_L_E_T_: " ",
  });
  return rows;
}
