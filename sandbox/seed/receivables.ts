import type { Row } from "./bulk";
import type { PaymentProfile } from "./customers";
import { businessDayOnOrAfter, dateOf } from "./dates";
import { cents } from "./products";
import type { Rng } from "./random";

/**
 * Receivables (SE1) of one invoice: one title per instalment of the payment condition (E4_COND
 * days after the invoice date, MATA460), the value split in centavos with the remainder on the
 * last instalment, and a payment history that follows the customer's profile.
 */
type InvoiceForTitles = {
  branch: string;
  doc: string;
  customer: string;
  store: string;
  customerShort: string;
  seller: string;
  order: string;
  day: number;
  totalCents: number;
  days: readonly number[];
  profile: PaymentProfile;
  deleted: boolean;
  /** Showcase: a single title left open with this E1_VENCREA. */
  forcedDue?: number;
};

export function titleRows(inv: InvoiceForTitles, today: number, rng: Rng): Row[] {
  const n = inv.days.length;
  const share = Math.floor(inv.totalCents / n);
  return inv.days.map((d, i) => {
    const value = i === n - 1 ? inv.totalCents - share * (n - 1) : share;
    const due = inv.forcedDue ?? inv.day + d;
    const realDue = inv.forcedDue ?? businessDayOnOrAfter(due);
    const paid = inv.forcedDue !== undefined ? null : paymentDay(inv.profile, inv.day, realDue, today, rng);
    // A few write-offs were partial (the rest stays open); punctual payers always pay in full.
    const partial = paid !== null && inv.profile !== "punctual" && rng.chance(0.02);
    const balance = paid === null ? value : partial ? Math.round(value * (0.3 + rng.next() * 0.4)) : 0;
    return {
      E1_FILIAL: inv.branch,
      E1_PREFIXO: "1",
      E1_NUM: inv.doc,
      // MV_1DUP = 'A': instalments A, B, C...; a single instalment has a blank parcel.
      E1_PARCELA: n === 1 ? "" : String.fromCharCode(65 + i),
      E1_TIPO: "NF",
      E1_CLIENTE: inv.customer,
      E1_LOJA: inv.store,
      E1_NOMCLI: inv.customerShort.slice(0, 20).toUpperCase(),
      E1_EMISSAO: dateOf(inv.day),
      E1_VENCTO: dateOf(due),
      E1_VENCREA: dateOf(realDue),
      E1_VALOR: cents(value),
      E1_SALDO: cents(balance),
      E1_VALLIQ: cents(value - balance),
      E1_BAIXA: paid === null ? "" : dateOf(paid),
      E1_VEND1: inv.seller,
      E1_PEDIDO: inv.order,
      E1_STATUS: balance === 0 ? "B" : "A",
      D_E_L_E_T_: inv.deleted ? "*" : " ",
    };
  });
}

/** Day the title was written off, or null while it is open (never on or after the business date). */
function paymentDay(profile: PaymentProfile, issued: number, due: number, today: number, rng: Rng): number | null {
  let day: number;
  if (due >= today) {
    // Not due yet: a few customers pay early.
    if (issued >= today || !rng.chance(0.04)) return null;
    day = rng.int(issued, today - 1);
  } else if (profile === "punctual") {
    day = Math.max(issued, due - rng.int(0, 2));
  } else if (profile === "good") {
    day = due + rng.int(-3, 4);
  } else if (profile === "late") {
    day = due + rng.int(3, 30);
  } else {
    // Bad payers leave some recent titles unpaid; older ones were collected late (or renegotiated).
    if (due >= today - 365 && rng.chance(0.3)) return null;
    day = due + rng.int(10, 120);
  }
  return day < today ? Math.max(day, issued) : null;
}
