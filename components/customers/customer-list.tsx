"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fetchJson } from "@/components/fetch-json";
import { EmptyList, ListSummary } from "@/components/ui/list-summary";
import { Pagination } from "@/components/ui/pagination";
import { maskDocument } from "@/lib/mask";
import type { CustomerQuery } from "@/lib/schemas/customer-query";
import type { CustomerListItem, CustomerPage } from "@/lib/types/customer-list";
import { CustomerFilters } from "./customer-filters";
import { RiskBadge } from "./risk-badge";
import { toSearch, useCustomerQuery } from "./use-customer-query";

const href = (c: CustomerListItem) =>
  `/customers/${encodeURIComponent(c.code.trim())}/${encodeURIComponent(c.store.trim())}`;

/** "My customers": table on desktop, cards on a phone; the server pages, searches and filters. */
export function CustomerList({
  initialQuery,
  initialPage,
}: {
  initialQuery: CustomerQuery;
  initialPage: CustomerPage;
}) {
  const t = useTranslations("customers");
  const { money, date: calendarDate } = useFormat();
  const { query, update, reset, filtered } = useCustomerQuery();
  const search = toSearch(query);
  const result = useQuery({
    queryKey: ["customers", search],
    queryFn: () => fetchJson<CustomerPage>(`/api/customers?${search}`),
    initialData: search === toSearch(initialQuery) ? initialPage : undefined,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const page = result.data ?? initialPage;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const date = (iso: string | null) => calendarDate(iso, t("never"));
  const risk = (c: CustomerListItem) => (
    <RiskBadge risk={c.risk} label={c.risk ? t("riskBadge", { letter: c.risk }) : t("noRisk")} />
  );

  return (
    <div className="space-y-4">
      <CustomerFilters query={query} onChange={update} />
      <ListSummary
        count={t("count", { total: page.total })}
        testId="customer-count"
        clearLabel={t("clearFilters")}
        onClear={filtered ? reset : undefined}
      />

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
                  {t("columns.customer")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.document")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.city")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.risk")}
                </th>
                <th scope="col" className="p-3 text-right">
                  {t("columns.available")}
                </th>
                <th scope="col" className="p-3 text-right">
                  {t("columns.overdue")}
                </th>
                <th scope="col" className="p-3">
                  {t("columns.lastPurchase")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((c) => (
                <tr key={`${c.code}|${c.store}`} className="border-t border-slate-200 hover:bg-slate-50">
                  <td className="p-3">
                    <Link href={href(c)} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                      {c.name}
                    </Link>
                    <div className="text-slate-600">
                      {c.code.trim()}/{c.store.trim()}
                      {c.tradeName ? ` · ${c.tradeName}` : ""}
                      {c.blocked ? <span className="ml-2 font-semibold text-red-700">{t("blocked")}</span> : null}
                    </div>
                  </td>
                  <td className="p-3 whitespace-nowrap">{maskDocument(c.document)}</td>
                  <td className="p-3">{c.city ? `${c.city}/${c.uf}` : "—"}</td>
                  <td className="p-3">{risk(c)}</td>
                  <td
                    className={`p-3 text-right whitespace-nowrap ${c.availableCredit <= 0 ? "font-semibold text-red-700" : ""}`}
                  >
                    {money(c.availableCredit)}
                  </td>
                  <td
                    className={`p-3 text-right whitespace-nowrap ${c.overdue > 0 ? "font-semibold text-red-700" : ""}`}
                  >
                    {money(c.overdue)}
                  </td>
                  <td className="p-3 whitespace-nowrap">{date(c.lastPurchase)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="space-y-3 md:hidden" aria-busy={result.isFetching}>
            {page.items.map((c) => (
              <li key={`${c.code}|${c.store}`}>
                <Link
                  href={href(c)}
                  aria-label={t("open", { name: c.name })}
                  className="block rounded-xl border border-slate-200 bg-white p-4 active:bg-slate-50"
                >
                  <div className="flex items-start justify-between gap-2">
                    <span className="font-semibold text-slate-900">{c.name}</span>
                    {risk(c)}
                  </div>
                  <p className="text-sm text-slate-600">
                    {c.code.trim()}/{c.store.trim()} · {maskDocument(c.document)}
                    {c.blocked ? <span className="ml-2 font-semibold text-red-700">{t("blocked")}</span> : null}
                  </p>
                  <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
                    <dt className="text-slate-600">{t("columns.available")}</dt>
                    <dd className={`text-right ${c.availableCredit <= 0 ? "font-semibold text-red-700" : ""}`}>
                      {money(c.availableCredit)}
                    </dd>
                    <dt className="text-slate-600">{t("columns.overdue")}</dt>
                    <dd className={`text-right ${c.overdue > 0 ? "font-semibold text-red-700" : ""}`}>
                      {money(c.overdue)}
                    </dd>
                  </dl>
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
