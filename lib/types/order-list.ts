import type { Cents } from "@/lib/money";
import type { OrderStatus } from "./order";

export type OrderListItem = {
  id: string;
  number: string;
  issueDate: string | null;
  status: OrderStatus;
  total: Cents;
  customer: string;
  store: string;
  customerName: string;
  customerDocument: string;
  invoice: string | null;
  items: number;
};

export type OrderPage = {
  items: OrderListItem[];
  total: number;
  page: number;
  pageSize: number;
  syncedAt: string | null;
};
