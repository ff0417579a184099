import type { OrderStatus } from "@/lib/types/order";
import { getTranslations } from "@/server/i18n";
import { badgeClass, orderStatusTone } from "./status-tone";

/** An order's status in words (MATA410 legend), with the invoice number once invoiced. */
export async function OrderStatusBadge({ status, invoice }: { status: OrderStatus; invoice: string | null }) {
  const t = await getTranslations("orderStatus");
  return (
    <span className={`${badgeClass} ${orderStatusTone[status] ?? orderStatusTone.unknown}`}>
      {status === "invoiced" && invoice ? t("invoicedAs", { invoice }) : t(status)}
    </span>
  );
}
