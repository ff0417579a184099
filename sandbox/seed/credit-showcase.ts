/**
 * The credit-rule showcase: the first twelve customers of ana (seller 000001) in 01/01, each built
 * so that exactly one rule of the credit analysis decides a new order (MATA440/MaAvalCred as
 * ERP-CONTRACT.md §4 states it; MV_RISCOB/C/D = 10/20/30 days). Tests and demos use these codes;
 * sandbox/docs/data.md lists them. Their history is "punctual" (every other title paid on its due
 * date) so the one overdue title below is the only one, `overdueDays` after its E1_VENCREA.
 */
export type ShowcaseCustomer = {
  code: string;
  risk: "A" | "B" | "C" | "D" | "E";
  /** One open title whose E1_VENCREA is this many days before the business date. */
  overdueDays?: number;
  /** One open title not yet due, E1_VENCREA this many days after the business date. */
  dueInDays?: number;
  /** Limit left after balances: A1_LC = A1_SALDUP + A1_SALPEDL + this (centavos). */
  limitHeadroomCents?: number;
  /** A1_VENCLC this many days before the business date. */
  limitExpiredDays?: number;
  blocked?: boolean;
  /** What a new order for this customer gets (C9_BLCRED), for the docs and tests. */
  expected: string;
};

export const showcaseCustomers: readonly ShowcaseCustomer[] = [
  {
    code: "000001",
    risk: "A",
    overdueDays: 45,
    expected: "released: risk A never blocks, even with a title 45 days overdue",
  },
  {
    code: "000002",
    risk: "B",
    overdueDays: 15,
    expected: "C9_BLCRED 06: risk B, title 15 days overdue (≥ MV_RISCOB 10)",
  },
  { code: "000003", risk: "B", overdueDays: 5, expected: "released: risk B, title only 5 days overdue (< 10)" },
  {
    code: "000004",
    risk: "C",
    overdueDays: 25,
    expected: "C9_BLCRED 06: risk C, title 25 days overdue (≥ MV_RISCOC 20)",
  },
  { code: "000005", risk: "C", overdueDays: 15, expected: "released: risk C, title 15 days overdue (< 20)" },
  {
    code: "000006",
    risk: "D",
    overdueDays: 40,
    expected: "C9_BLCRED 06: risk D, title 40 days overdue (≥ MV_RISCOD 30)",
  },
  { code: "000007", risk: "D", overdueDays: 25, expected: "released: risk D, title 25 days overdue (< 30)" },
  { code: "000008", risk: "E", expected: "C9_BLCRED 06: risk E always blocks (manual release)" },
  {
    code: "000009",
    risk: "B",
    dueInDays: 20,
    limitHeadroomCents: 10_000,
    expected: "C9_BLCRED 01 for any order above R$ 100,00: limit exhausted",
  },
  {
    code: "000010",
    risk: "C",
    limitExpiredDays: 10,
    expected: "C9_BLCRED 04: A1_VENCLC 10 days before the business date",
  },
  { code: "000011", risk: "B", blocked: true, expected: "rejected (422): customer blocked, A1_MSBLQL = 1" },
  { code: "000012", risk: "B", expected: "released: risk B, nothing overdue, R$ 500.000,00 limit valid for a year" },
];

/** Generous limit of the showcase customers whose rule is not the limit. */
export const SHOWCASE_LIMIT_CENTS = 50_000_000;
