import type { SeedScale } from "../config";
import type { Region } from "./cities";

/**
 * How much data each seller gets, per scale. Customers live in the branch of their seller (SA1 is
 * exclusive) and their codes start at `codeStart`, so every seller-branch has a recognisable block.
 * `demo` (~150–300 customers per demo user's seller-branch) keeps start-up and reset fast; `load`
 * inflates ana in 01/01 for the benchmarks (≥ 20,000 customers, ≥ 50,000 orders, ≥ 200,000 titles).
 */
export type SellerPlan = {
  group: string;
  branch: string;
  seller: string;
  /** SYS_USR id of the seller's user ('' = no portal user). */
  userId: string;
  sellerName: string;
  codeStart: number;
  customers: number;
  /** Orders per month before seasonality. */
  ordersPerMonth: number;
  regions: readonly (readonly [Region, number])[];
  /** The 12 credit-rule customers of sandbox/docs/data.md come first in this block. */
  showcase: boolean;
};

type ScalePlan = {
  products: number;
  sellers: readonly SellerPlan[];
  /** payment conditions weights */ conditions: readonly (readonly [string, number])[];
  /**
   * Quotations drawn per order of the last 12 months (seed/quotation-volume.ts): none at `demo`,
   * whose quotations are the fixed showcases alone; about one for every 3 orders at `load`.
   */
  quotationsPerOrder: number;
};

/**
 * Version of the `load` scale's data: bump it whenever what `load` seeds changes, so the bench's
 * data dir (data/bench-sandbox, seeded once and reused) is seeded again (tests/bench/load-sandbox.global.ts).
 * 2: quotations at load scale. 3: state registrations (A1_INSCR) valid for the customer's UF.
 */
export const LOAD_SEED_VERSION = 3;

const southeast = [
  ["SE", 8],
  ["S", 2],
  ["CO", 1],
] as const;
const northeast = [
  ["NE", 10],
  ["N", 1],
] as const;
const north = [
  ["N", 10],
  ["NE", 2],
] as const;

const demoSellers: readonly SellerPlan[] = [
  {
    group: "01",
    branch: "01",
    seller: "000001",
    userId: "000010",
    sellerName: "Ana Paula",
    codeStart: 1,
    customers: 240,
    ordersPerMonth: 22,
    regions: southeast,
    showcase: true,
  },
  {
    group: "01",
    branch: "01",
    seller: "000002",
    userId: "000011",
    sellerName: "Bruno",
    codeStart: 200_001,
    customers: 200,
    ordersPerMonth: 18,
    regions: southeast,
    showcase: false,
  },
  {
    group: "01",
    branch: "01",
    seller: "000003",
    userId: "",
    sellerName: "Marcos",
    codeStart: 300_001,
    customers: 40,
    ordersPerMonth: 4,
    regions: southeast,
    showcase: false,
  },
  {
    group: "01",
    branch: "02",
    seller: "000001",
    userId: "000010",
    sellerName: "Ana Paula",
    codeStart: 400_001,
    customers: 180,
    ordersPerMonth: 16,
    regions: northeast,
    showcase: false,
  },
  {
    group: "01",
    branch: "02",
    seller: "000004",
    userId: "",
    sellerName: "Fernanda",
    codeStart: 500_001,
    customers: 40,
    ordersPerMonth: 4,
    regions: northeast,
    showcase: false,
  },
  {
    group: "02",
    branch: "01",
    seller: "000101",
    userId: "000020",
    sellerName: "Diego",
    codeStart: 1,
    customers: 220,
    ordersPerMonth: 18,
    regions: north,
    showcase: false,
  },
  {
    group: "02",
    branch: "01",
    seller: "000102",
    userId: "",
    sellerName: "Raimunda",
    codeStart: 200_001,
    customers: 40,
    ordersPerMonth: 4,
    regions: north,
    showcase: false,
  },
];

// Multi-instalment conditions dominate at load scale: ~3.8 titles per invoice → ≥ 200,000 titles.
const demoConditions = [
  ["001", 1],
  ["002", 4],
  ["003", 3],
  ["004", 2],
  ["005", 1],
  ["006", 1],
] as const;
const loadConditions = [
  ["003", 2],
  ["005", 8],
] as const;

export function scalePlan(scale: SeedScale): ScalePlan {
  if (scale === "demo")
    return { products: 160, sellers: demoSellers, conditions: demoConditions, quotationsPerOrder: 0 };
  return {
    products: 600,
    sellers: demoSellers.map((s) =>
      s.seller === "000001" && s.branch === "01" && s.group === "01"
        ? { ...s, customers: 20_000, ordersPerMonth: 2_400 }
        : s,
    ),
    conditions: loadConditions,
    quotationsPerOrder: 1 / 3,
  };
}

/** Monthly seasonality of a Brazilian wholesaler: Nov/Dec peak (13th salary, holidays), Feb low (Carnival). */
export const seasonality: Readonly<Record<number, number>> = {
  1: 0.85,
  2: 0.65,
  3: 0.95,
  4: 0.95,
  5: 1.0,
  6: 0.95,
  7: 1.0,
  8: 1.05,
  9: 1.05,
  10: 1.1,
  11: 1.35,
  12: 1.5,
};

export const customerCode = (plan: SellerPlan, index: number) => String(plan.codeStart + index).padStart(6, "0");
