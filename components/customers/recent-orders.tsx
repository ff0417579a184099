import Link from "next/link";
import type { CustomerOrder } from "@/lib/types/order";
import { getFormat, getTranslations } from "@/server/i18n";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { CardField, RecordCard, RecordCards } from "@/components/ui/record-cards";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The customer's latest orders from the synced copy (the last 12 months are kept locally). */
export async function RecentOrders({ orders }: { orders: CustomerOrder[] }) {
  const [t, f] = await Promise.all([getTranslations("customer"), getFormat()]);
  return (
    <section aria-labelledby="recent-orders-title" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="recent-orders-title" className="text-lg font-semibold text-slate-900">
        {t("recentOrdersTitle")}
      </h2>
      {orders.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("recentOrdersEmpty")}</p>
      ) : (
        <>
          <RecordCards testId="recent-orders-cards">
            {orders.map((o) => (
              <RecordCard
                key={o.id}
                title={
                  <Link
                    href={`/orders/${encodeURIComponent(o.number)}`}
                    className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
                  >
                    {t("orderColumns.number")} {o.number}
                  </Link>
                }
                aside={<OrderStatusBadge status={o.status} invoice={o.invoice?.number ?? null} />}
              >
                <CardField label={t("orderColumns.total")}>{f.money(o.total)}</CardField>
                <CardField label={t("orderColumns.issue")}>{f.date(o.issueDate)}</CardField>
              </RecordCard>
            ))}
          </RecordCards>
          <ScrollRegion labelledBy="recent-orders-title" className="mt-3 hidden md:block">
            <table className="w-full min-w-[28rem] text-sm" data-testid="recent-orders">
              <thead className="text-left text-slate-700">
                <tr>
                  <th scope="col" className="p-2">
                    {t("orderColumns.number")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("orderColumns.issue")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("orderColumns.status")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("orderColumns.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id} className="border-t border-slate-200">
                    <td className="p-2 whitespace-nowrap font-medium">
                      <Link
                        href={`/orders/${encodeURIComponent(o.number)}`}
                        className="text-brand-700 underline underline-offset-2"
                      >
                        {o.number}
                      </Link>
                    </td>
                    <td className="p-2 whitespace-nowrap">{f.date(o.issueDate)}</td>
                    <td className="p-2">
                      <OrderStatusBadge status={o.status} invoice={o.invoice?.number ?? null} />
                    </td>
                    <td className="p-2 text-right whitespace-nowrap">{f.money(o.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
