import type { SalesOrderItem } from "@/lib/types/order";
import { getFormat, getTranslations } from "@/server/i18n";

/**
 * The items of a stock-held order that the ERP found short (lib/types/order.ts itemsShortOfStock):
 * each with its warehouse and, when read online, what that warehouse holds now; then the next step.
 */
export async function OrderShortOfStock({
  items,
  stockNow,
}: {
  items: SalesOrderItem[];
  /** Available now in each item's warehouse, by item (absent when the ERP did not answer). */
  stockNow: Record<string, number>;
}) {
  if (!items.length) return null;
  const [t, f] = await Promise.all([getTranslations("order"), getFormat()]);
  return (
    <div
      role="status"
      className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 print:hidden"
      data-testid="order-short-of-stock"
    >
      <p className="font-semibold">{t("shortOfStock.title", { count: items.length })}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {items.map((i) => (
          <li key={i.item}>
            {t("shortOfStock.item", {
              item: i.item,
              product: i.product.trim(),
              description: i.description,
              quantity: f.number(i.quantity),
              unit: i.unit,
              warehouse: i.warehouse.trim(),
            })}
            {stockNow[i.item] !== undefined
              ? ` (${t("shortOfStock.now", { quantity: f.number(stockNow[i.item] ?? 0), unit: i.unit })})`
              : null}
          </li>
        ))}
      </ul>
      <p className="mt-1">{t("shortOfStock.next")}</p>
    </div>
  );
}
