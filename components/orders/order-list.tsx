"use client";

import { withQueryScope } from "@/components/query-scope";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { invertedRange } from "@/components/lists/filter-fields";
import { ListCards, listRow, ListTable, rowLink } from "@/components/lists/list-views";
import { ListCount, ListOrEmpty, ListPager } from "@/components/lists/list-words";
import { useListPage } from "@/components/lists/use-list-page";
import { maskDocument } from "@/lib/mask";
import type { OrderQuery } from "@/lib/schemas/order-query";
import type { PendingOrder } from "@/lib/types/order-entry";
import type { OrderListItem, OrderPage } from "@/lib/types/order-list";
import { OrderFilters } from "./order-filters";
import { PendingOrders } from "./pending-orders";
import { badgeClass, orderStatusTone } from "./status-tone";
import { toOrderSearch, useOrderQuery } from "./use-order-query";

const href = (o: OrderListItem) => `/orders/${encodeURIComponent(o.number)}`;

/** "My orders": table on desktop, cards on a phone; the server pages, searches and filters. */
export function OrderList({
  initialQuery,
  initialPage,
  initialPending,
}: {
  initialQuery: OrderQuery;
  initialPage: OrderPage;
  initialPending: PendingOrder[];
}) {
  const t = useTranslations("orders");
  const ts = useTranslations("orderStatus");
  const { money, date } = useFormat();
  const { query, update, reset, filtered } = useOrderQuery();
  const search = toOrderSearch(query);
  const badRange = invertedRange(query.from, query.to);
  const { page, pages, busy } = useListPage({
    key: "orders",
    path: "/api/orders",
    search,
    initial: { search: toOrderSearch(initialQuery), page: initialPage },
    enabled: !badRange,
  });
  const status = (o: OrderListItem) => (
    <span className={`${badgeClass} ${orderStatusTone[o.status] ?? orderStatusTone.unknown}`}>
      {o.status === "invoiced" && o.invoice ? ts("invoicedAs", { invoice: o.invoice }) : ts(o.status)}
    </span>
  );
  const exportHref = `/api/orders/export?${toOrderSearch(query, { paging: false })}`;

  return (
    <div className="space-y-4">
      <OrderFilters query={query} onChange={update} />
      <PendingOrders statuses={query.status} initial={initialPending} />
      <ListCount t={t} total={page.total} testId="order-count" filtered={filtered} onClear={reset}>
        {page.total > 0 && !badRange ? (
          <a
            href={exportHref}
            download
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-50"
          >
            {t("export")}
          </a>
        ) : null}
      </ListCount>

      <ListOrEmpty t={t} empty={page.items.length === 0} filtered={filtered}>
        <ListTable
          busy={busy}
          columns={[
            { label: t("columns.number") },
            { label: t("columns.issueDate") },
            { label: t("columns.customer") },
            { label: t("columns.status") },
            { label: t("columns.items"), numeric: true },
            { label: t("columns.total"), numeric: true },
          ]}
        >
          {page.items.map((o) => (
            <tr key={o.id} className={listRow}>
              <td className="p-3">
                <Link href={href(o)} aria-label={t("open", { number: o.number })} className={rowLink}>
                  {o.number}
                </Link>
              </td>
              <td className="p-3 whitespace-nowrap">{date(o.issueDate)}</td>
              <td className="p-3">
                <span className="font-medium text-slate-900">
                  {o.customerName || `${o.customer.trim()}/${o.store.trim()}`}
                </span>
                <div className="text-slate-600">
                  {o.customer.trim()}/{o.store.trim()}
                  {o.customerDocument ? (
                    <>
                      {" "}
                      · <span className="whitespace-nowrap">{maskDocument(o.customerDocument)}</span>
                    </>
                  ) : null}
                </div>
              </td>
              <td className="p-3">
                {status(o)}
                <div className="mt-1 max-w-xs text-xs text-slate-600">{ts(`meaning.${o.status}`)}</div>
              </td>
              <td className="p-3 text-right">{o.items}</td>
              <td className="p-3 text-right whitespace-nowrap font-medium" data-testid="order-total">
                {money(o.total)}
              </td>
            </tr>
          ))}
        </ListTable>
        <ListCards busy={busy}>
          {page.items.map((o) => (
            <li key={o.id}>
              <Link
                href={href(o)}
                aria-label={t("open", { number: o.number })}
                className="block rounded-xl border border-slate-200 bg-white p-4 active:bg-slate-50"
              >
                <div className="flex items-start justify-between gap-2">
                  <span className="font-semibold text-slate-900">
                    {o.number} · {date(o.issueDate)}
                  </span>
                  {status(o)}
                </div>
                <p className="text-sm text-slate-700">{o.customerName || `${o.customer.trim()}/${o.store.trim()}`}</p>
                <p className="mt-1 flex justify-between text-sm">
                  <span className="text-slate-600">{t("items", { count: o.items })}</span>
                  <span className="font-semibold" data-testid="order-total">
                    {money(o.total)}
                  </span>
                </p>
              </Link>
            </li>
          ))}
        </ListCards>
      </ListOrEmpty>

      <ListPager t={t} page={page.page} pages={pages} onPage={(p) => update({ page: p })} />
    </div>
  );
}

/** The island's entry (order-list.island.tsx): `OrderList` inside the query cache, with its hydration marker. */
export const OrderListInScope = withQueryScope(OrderList);
