import type { Row } from "./bulk";
import { dateOf, monthStart } from "./dates";
import { cents, type Product } from "./products";
import type { Rng } from "./random";

/**
 * Small shared tables of every company group: payment conditions, price lists and the stock
 * balances of each branch (operation types, TES and parameters: fiscal.ts). Dates are relative to
 * the business date.
 */

export type PaymentCondition = {
  code: string;
  days: readonly number[];
  description: string;
  blocked?: boolean;
  deleted?: boolean;
};

export const paymentConditions: readonly PaymentCondition[] = [
  { code: "001", days: [0], description: "A VISTA" },
  { code: "002", days: [30], description: "30 DIAS" },
  { code: "003", days: [30, 60, 90], description: "30/60/90 DIAS" },
  { code: "004", days: [28, 56], description: "28/56 DIAS" },
  { code: "005", days: [30, 60, 90, 120], description: "30/60/90/120 DIAS" },
  { code: "006", days: [7], description: "7 DIAS" },
  { code: "007", days: [30, 45, 60, 75, 90, 105], description: "6X QUINZENAL", blocked: true },
  { code: "008", days: [14], description: "14 DIAS (DESCONTINUADA)", deleted: true },
];

export function conditionOf(code: string): PaymentCondition {
  const found = paymentConditions.find((c) => c.code === code);
  if (!found) throw new Error(`unknown payment condition ${code}`);
  return found;
}

export function paymentConditionRows(): Row[] {
  return paymentConditions.map((c) => ({
    E4_FILIAL: "",
    E4_CODIGO: c.code,
    E4_TIPO: "1",
    E4_COND: c.days.join(","),
    E4_DESCRI: c.description,
    E4_MSBLQL: c.blocked ? "1" : "2",
    D_E_L_E_T_: c.deleted ? "*" : " ",
  }));
}

/** Price lists: 001 expired, 002 current, 003 current without end, 004 future, 005 inactive, 006 deleted. */
export function priceListPlan(today: number) {
  return [
    {
      code: "001",
      description: "TABELA ANTERIOR",
      from: monthStart(today, -24),
      to: monthStart(today, -6) - 1,
      factor: 0.92,
      share: 1,
      active: "1",
      deleted: false,
    },
    {
      code: "002",
      description: "TABELA PADRAO",
      from: monthStart(today, -6),
      to: monthStart(today, 6) - 1,
      factor: 1,
      share: 1,
      active: "1",
      deleted: false,
    },
    {
      code: "003",
      description: "TABELA ATACADO",
      from: monthStart(today, -3),
      to: null,
      factor: 0.95,
      share: 0.6,
      active: "1",
      deleted: false,
    },
    {
      code: "004",
      description: "TABELA PROXIMO SEMESTRE",
      from: monthStart(today, 6),
      to: monthStart(today, 12) - 1,
      factor: 1.06,
      share: 1,
      active: "1",
      deleted: false,
    },
    {
      code: "005",
      description: "PROMOCAO RELAMPAGO",
      from: monthStart(today, -2),
      to: monthStart(today, 1) - 1,
      factor: 0.85,
      share: 0.2,
      active: "2",
      deleted: false,
    },
    {
      code: "006",
      description: "TABELA TESTE",
      from: monthStart(today, -12),
      to: monthStart(today, -10) - 1,
      factor: 1,
      share: 0.1,
      active: "1",
      deleted: true,
    },
  ];
}

export function priceListRows(products: readonly Product[], today: number, rng: Rng): { da0: Row[]; da1: Row[] } {
  const da0: Row[] = [];
  const da1: Row[] = [];
  for (const list of priceListPlan(today)) {
    da0.push({
      DA0_FILIAL: "",
      DA0_CODTAB: list.code,
      DA0_DESCRI: list.description,
      DA0_DATDE: dateOf(list.from),
      DA0_DATATE: list.to === null ? "" : dateOf(list.to),
      DA0_ATIVO: list.active,
      D_E_L_E_T_: list.deleted ? "*" : " ",
    });
    let item = 0;
    for (const p of products) {
      if (p.deleted || rng.next() >= list.share) continue;
      const price = Math.round(p.priceCents * list.factor);
      item++;
      da1.push({
        DA1_FILIAL: "",
        DA1_CODTAB: list.code,
        DA1_ITEM: String(item).padStart(4, "0"),
        DA1_CODPRO: p.code,
        DA1_PRCVEN: cents(price),
        DA1_PRCMIN: cents(Math.round(price * 0.9)),
        DA1_ATIVO: "1",
        DA1_DATVIG: dateOf(list.from),
        // A withdrawn item in the current list (its product stays sold through B1_PRV1).
        D_E_L_E_T_: list.deleted || (list.code === "002" && item % 97 === 0) ? "*" : " ",
      });
    }
  }
  return { da0, da1 };
}

/**
 * Stock per branch and warehouse (01 main, 02 a second warehouse for part of the range). Showcase:
 * P00005 has no stock anywhere, P00006 only 3 units in warehouse 01 — orders for them block on stock;
 * P00004 has 8 units in warehouse 01 (its B1_LOCPAD, the one an order line uses) and 600 in 02, so
 * the sum over warehouses says plenty while the ERP's release finds 8 at most.
 */
export function stockRows(products: readonly Product[], branches: readonly string[], rng: Rng): Row[] {
  const rows: Row[] = [];
  for (const branch of branches) {
    for (const p of products) {
      const zero = p.code === "P00005" || rng.chance(0.04);
      const drawn = p.code === "P00006" || zero ? 0 : rng.chance(0.08) ? rng.int(1, 12) : rng.int(80, 6000);
      const qty = p.code === "P00006" ? 3 : p.code === "P00004" ? 8 : drawn;
      const cost = cents(Math.round(p.priceCents * 0.62 * 100) / 100);
      rows.push({ B2_FILIAL: branch, B2_COD: p.code, B2_LOCAL: "01", B2_QATU: qty, B2_RESERVA: 0, B2_CM1: cost });
      // The draws stay the same whatever the showcase overrides, so the rest of the seed does not move.
      const second = rng.chance(0.3) && p.code !== "P00005" && p.code !== "P00006";
      const secondQty = second ? rng.int(0, 800) : 0;
      if (second || p.code === "P00004") {
        rows.push({
          B2_FILIAL: branch,
          B2_COD: p.code,
          B2_LOCAL: "02",
          B2_QATU: p.code === "P00004" ? 600 : secondQty,
          B2_RESERVA: 0,
          B2_CM1: cost,
        });
      }
    }
  }
  return rows;
}
