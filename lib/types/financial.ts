import type { Cents } from "@/lib/money";

/** Financial status of one customer (PGV `financialstatus`): open and overdue receivables. */
export type FinancialStatus = {
  id: string;
  code: string;
  store: string;
  oldestDue: string | null;
  openBalance: Cents;
  overdueBalance: Cents;
  /** Overdue ÷ open, % with up to two decimals (ERP-CONTRACT.md §4 "delinquency"). */
  delinquency: number;
};

/** One receivable title (SE1) of a customer. */
export type Receivable = {
  id: string;
  prefix: string;
  number: string;
  installment: string;
  type: string;
  issueDate: string | null;
  dueDate: string | null;
  original: Cents;
  balance: Cents;
  status: "open" | "overdue" | "paid";
};

/** Open receivables of a customer: online from the ERP, or the last kept answer during an outage. */
export type ReceivablesResult = { items: Receivable[]; source: "erp" | "cache" | "none"; asOf: string | null };
