import type { Cents } from "@/lib/money";

/** Catalogues a rep sells from (shared by every seller of the company group, ERP-CONTRACT.md §4). */

/** SE4: `condition` is E4_COND, the instalment days (`30,60,90`). */
export type PaymentCondition = { id: string; code: string; description: string; condition: string; blocked: boolean };

/** DA0: valid from `startDate` to `endDate` (null = open-ended) while `active`. */
export type PriceList = {
  id: string;
  code: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  active: boolean;
};

/** DA1: one product's price in a list; `minimumPrice` is the floor the ERP enforces. */
export type PriceListItem = {
  id: string;
  priceList: string;
  product: string;
  price: Cents;
  minimumPrice: Cents;
  active: boolean;
  validFrom: string | null;
};

/** SB1: `price` is B1_PRV1, the price when no list applies. */
export type Product = {
  id: string;
  code: string;
  description: string;
  type: string;
  unit: string;
  warehouse: string;
  price: Cents;
  active: boolean;
};

/** SA4. */
export type Carrier = { id: string; code: string; name: string };

/** SX5 `DJ` with the TES the ERP resolves for it. */
export type OperationType = { id: string; code: string; description: string; tes: string };
