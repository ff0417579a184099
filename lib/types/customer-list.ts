import type { Cents } from "@/lib/money";
import type { RiskLetter } from "./customer";

export type CustomerListItem = {
  code: string;
  store: string;
  name: string;
  tradeName: string;
  document: string;
  risk: RiskLetter | null;
  blocked: boolean;
  creditLimit: Cents;
  availableCredit: Cents;
  overdue: Cents;
  lastPurchase: string | null;
  city: string;
  uf: string;
};

export type CustomerPage = {
  items: CustomerListItem[];
  total: number;
  page: number;
  pageSize: number;
  syncedAt: string | null;
};
