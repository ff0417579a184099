import type { SalesOrderItem } from "@/lib/types/order";
import { getFormat, getTranslations } from "@/server/i18n";

/**
 * The items of a stock-held order that the ERP found short (lib/types/order.ts itemsShortOfStock):
 * each with its warehouse and, when read online, what that warehouse holds now; then the next step.
 */
export async function OrderShortOfStock({
  items,
  stockNow,
  testId = "order-short-of-stock",
}: {
  items: SalesOrderItem[];
  /** Available now in each item's warehouse, by item (absent when the ERP did not answer); a read to wait for when streamed. */
  stockNow: Record<string, number> | Promise<Record<string, number>>;
  /** None on a placeholder (the figures still streaming in): the test id is the finished block's. */
  testId?: string;
}) {
  if (!items.length) return null;
  const [t, f, now] = await Promise.all([getTranslations("order"), getFormat(), stockNow]);
  return (
    <div
      role="status"
      className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 print:hidden"
      data-testid={testId}
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
            {now[i.item] !== undefined
              ? ` (${t("shortOfStock.now", { quantity: f.number(now[i.item] ?? 0), unit: i.unit })})`
              : null}
          </li>
        ))}
      </ul>
      <p className="mt-1">{t("shortOfStock.next")}</p>
    </div>
  );
}
