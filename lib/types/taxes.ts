import type { Cents } from "@/lib/money";

/** The values of one item, or of the whole order, as the ERP's tax engine (Protheus SalesTaxes) answers them. */
export type TaxFigures = {
  goods: Cents;
  discount: Cents;
  freight: Cents;
  icmsBase: Cents;
  icms: Cents;
  ipiBase: Cents;
  ipi: Cents;
  stBase: Cents;
  st: Cents;
  /** EC 87/2015 share for an interstate sale to a non-contributor final consumer: paid by the seller, not in `total`. */
  difalBase: Cents;
  difal: Cents;
  /** Informative: not in `total`. */
  pis: Cents;
  cofins: Cents;
  /** What the customer pays: goods + freight + IPI + ICMS-ST. */
  total: Cents;
};

export type TaxLine = TaxFigures & {
  /** C6_ITEM the ERP gave the line (01, 02…, in the order sent). */
  item: string;
  product: string;
  tes: string;
  cfop: string;
  icmsRate: number;
  ipiRate: number;
  /** MVA used for ICMS-ST, in % (adjusted for an interstate sale). */
  mva: number;
};

/** The "Planilha financeira": per item and in total, calculated by the ERP (the portal never computes a tax). */
export type TaxWorksheet = {
  lines: TaxLine[];
  totals: TaxFigures;
  branchUf: string;
  customerUf: string;
  interstate: boolean;
  /** When the portal received it (the business clock). */
  calculatedAt: string;
};
