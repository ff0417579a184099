import type { OrderView } from "@/lib/types/order";
import { getFormat, getTranslations } from "@/server/i18n";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ItemCards } from "./item-cards";

/** A code with its name ("001 · À vista"), or the code alone. */
export const named = (code: string, name: string) => [code.trim(), name].filter(Boolean).join(" · ");

/**
 * An order's items: cards on a phone, the table from `md` and in print; items short of stock
 * carry the badge. `testIds: false` for the synced copy painted while the ERP is asked (its ids are
 * the live page's only).
 */
export async function OrderItems({
  order,
  names,
  shortItems,
  testIds,
}: {
  order: OrderView["order"];
  names: OrderView["names"];
  shortItems: Set<string>;
  testIds: boolean;
}) {
  const [t, f] = await Promise.all([getTranslations("order"), getFormat()]);
  const tid = (id: string) => (testIds ? id : undefined);
  return (
    <>
      <ItemCards
        items={order.items}
        labels={{
          quantity: t("itemColumns.quantity"),
          price: t("itemColumns.price"),
          discount: t("itemColumns.discount"),
          total: t("itemColumns.total"),
        }}
        testId={tid("order-item-cards")}
        badge={(item) =>
          shortItems.has(item) ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t("shortOfStock.badge")}
            </span>
          ) : null
        }
      />
      <ScrollRegion labelledBy="order-items" className="mt-3 hidden md:block print:block">
        <table className="w-full min-w-[40rem] text-sm print:min-w-0" data-testid={tid("order-items")}>
          <thead className="text-left text-slate-700">
            <tr>
              <th scope="col" className="p-2">
                {t("itemColumns.item")}
              </th>
              <th scope="col" className="p-2">
                {t("itemColumns.product")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("itemColumns.quantity")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("itemColumns.listPrice")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("itemColumns.discount")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("itemColumns.price")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("itemColumns.total")}
              </th>
              <th scope="col" className="p-2">
                {t("itemColumns.operation")}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((i) => (
              <tr key={i.item} className="border-t border-slate-200">
                <td className="p-2">{i.item}</td>
                <td className="p-2">
                  <span className="font-medium">{i.product.trim()}</span> {i.description}
                  {i.unit ? <span className="text-slate-600"> ({i.unit})</span> : null}
                  {shortItems.has(i.item) ? (
                    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 print:hidden">
                      {t("shortOfStock.badge")}
                    </span>
                  ) : null}
                </td>
                <td className="p-2 text-right">{f.number(i.quantity)}</td>
                <td className="p-2 text-right whitespace-nowrap">{f.money(i.listPrice)}</td>
                <td className="p-2 text-right">{i.discount ? f.percent(i.discount) : "—"}</td>
                <td className="p-2 text-right whitespace-nowrap">{f.money(i.price)}</td>
                <td className="p-2 text-right whitespace-nowrap font-medium">{f.money(i.total)}</td>
                <td className="p-2">{named(i.operationType, names.operationTypes[i.operationType] ?? "")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
