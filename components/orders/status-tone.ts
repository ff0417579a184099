import type { OrderStatus } from "@/lib/types/order";

/** Badge colours per order status, shared by the server badge and the client list. */
export const orderStatusTone: Record<OrderStatus, string> = {
  open: "bg-slate-100 text-slate-900",
  released: "bg-emerald-100 text-emerald-900",
  credit_blocked: "bg-red-100 text-red-900",
  stock_blocked: "bg-amber-100 text-amber-900",
  rule_blocked: "bg-amber-100 text-amber-900",
  invoiced: "bg-sky-100 text-sky-900",
  unknown: "bg-slate-100 text-slate-900",
};

export const badgeClass = "inline-block rounded-md px-2 py-0.5 text-xs font-semibold";
