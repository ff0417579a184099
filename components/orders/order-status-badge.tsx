import type { OrderStatus } from "@/lib/types/order";
import { getTranslations } from "@/server/i18n";

const tone: Record<OrderStatus, string> = {
  open: "bg-slate-100 text-slate-900",
  released: "bg-emerald-100 text-emerald-900",
  credit_blocked: "bg-red-100 text-red-900",
  stock_blocked: "bg-amber-100 text-amber-900",
  rule_blocked: "bg-amber-100 text-amber-900",
  invoiced: "bg-sky-100 text-sky-900",
  unknown: "bg-slate-100 text-slate-900",
};

/** An order's status in words (MATA410 legend), with the invoice number once invoiced. */
export async function OrderStatusBadge({ status, invoice }: { status: OrderStatus; invoice: string | null }) {
  const t = await getTranslations("orderStatus");
  return (
    <span className={`inline-block rounded-md px-2 py-0.5 text-xs font-semibold ${tone[status] ?? tone.unknown}`}>
      {status === "invoiced" && invoice ? t("invoicedAs", { invoice }) : t(status)}
    </span>
  );
}
