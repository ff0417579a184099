"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fetchJson } from "@/components/fetch-json";
import { EmptyList, ListSummary } from "@/components/ui/list-summary";
import { Pagination } from "@/components/ui/pagination";
import { maskDocument } from "@/lib/mask";
import type { OrderQuery } from "@/lib/schemas/order-query";
import type { OrderListItem, OrderPage } from "@/lib/types/order-list";
import { OrderFilters } from "./order-filters";
import { PendingOrders } from "./pending-orders";
import { badgeClass, orderStatusTone } from "./status-tone";
import { toOrderSearch, useOrderQuery } from "./use-order-query";

const href = (o: OrderListItem) => `/orders/${encodeURIComponent(o.number)}`;

/** "My orders": table on desktop, cards on a phone; the server pages, searches and filters. */
export function OrderList({ initialQuery, initialPage }: { initialQuery: OrderQuery; initialPage: OrderPage }) {
  const t = useTranslations("orders");
  const ts = useTranslations("orderStatus");
  const { money, date } = useFormat();
  const { query, update, reset, filtered } = useOrderQuery();
  const search = toOrderSearch(query);
  const badRange = Boolean(query.from && query.to && query.from > query.to);
  const result = useQuery({
    queryKey: ["orders", search],
    queryFn: () => fetchJson<OrderPage>(`/api/orders?${search}`),
    initialData: search === toOrderSearch(initialQuery) ? initialPage : undefined,
    placeholderData: keepPreviousData,
    enabled: !badRange,
    staleTime: 30_000,
  });
  const page = result.data ?? initialPage;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const status = (o: OrderListItem) => (
    <span className={`${badgeClass} ${orderStatusTone[o.status] ?? orderStatusTone.unknown}`}>
      {o.status === "invoiced" && o.invoice ? ts("invoicedAs", { invoice: o.invoice }) : ts(o.status)}
    </span>
  );
  const exportHref = `/api/orders/export?${toOrderSearch(query, { paging: false })}`;

  return (
    <div className="space-y-4">
      <OrderFilters query={query} onChange={update} />
      <PendingOrders statuses={query.status} />
      <ListSummary
        count={t("count", { total: page.total })}
        testId="order-count"
        clearLabel={t("clearFilters")}
        onClear={filtered ? reset : undefined}
      >
        {page.total > 0 && !badRange ? (
          <a
            href={exportHref}
            download
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-50"
          >
            {t("export")}
          </a>
        ) : null}
      </ListSummary>

      {page.items.length === 0 ? (
        <EmptyList>{filtered ? t("emptyFiltered") : t("emptyNone")}</EmptyList>
      ) : (
        <>
          <table
            className="hidden w-full border-collapse overflow-hidden rounded-xl bg-white text-sm md:table"
            aria-busy={result.isFetching}
          >
            <thead className="bg-slate-100 text-left text-slate-700">
              <tr>
                <th scope="col" className="p-3">
                  {t("columns.number")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.issueDate")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.customer")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.status")}
                </th>
                <th scope="col" className="p-3 text-right">
                  {t("columns.items")}
                </th>
                <th scope="col" className="p-3 text-right">
                  {t("columns.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((o) => (
                <tr key={o.id} className="border-t border-slate-200 hover:bg-slate-50">
                  <td className="p-3">
                    <Link
                      href={href(o)}
                      aria-label={t("open", { number: o.number })}
                      className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                    >
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
                      {o.customerDocument ? ` · ${maskDocument(o.customerDocument)}` : ""}
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
            </tbody>
          </table>
          <ul className="space-y-3 md:hidden" aria-busy={result.isFetching}>
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
          </ul>
        </>
      )}

      <Pagination
        page={page.page}
        pages={pages}
        labels={{
          nav: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page: page.page, pages }),
        }}
        onPage={(p) => update({ page: p })}
      />
    </div>
  );
}
