"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fetchJson } from "@/components/fetch-json";
import { badgeClass } from "@/components/orders/status-tone";
import { linkButton } from "@/components/ui/button";
import { EmptyList, ListSummary } from "@/components/ui/list-summary";
import { Pagination } from "@/components/ui/pagination";
import { formatDocument } from "@/lib/br-documents";
import { daysBetween } from "@/lib/calendar-date";
import { EXPIRING_DAYS } from "@/lib/quotation-query-options";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";
import type { QuotationListItem, QuotationPage } from "@/lib/types/quotation";
import { QuotationFilters } from "./quotation-filters";
import { quotationStatusTone } from "./status-tone";
import { toQuotationSearch, useQuotationQuery } from "./use-quotation-query";

const href = (q: QuotationListItem) => `/quotations/${encodeURIComponent(q.number)}`;
const code = (q: QuotationListItem) => `${q.customer.trim()}/${q.store.trim()}`;

/**
 * "Meus orçamentos": table on desktop, cards on a phone; the server pages, searches and filters.
 * `today` is the business date (server/clock.ts), from which an open quotation's remaining days count.
 */
export function QuotationList({
  initialQuery,
  initialPage,
  today,
}: {
  initialQuery: QuotationQuery;
  initialPage: QuotationPage;
  today: string;
}) {
  const t = useTranslations("quotations");
  const ts = useTranslations("quotationStatus");
  const { money, date } = useFormat();
  const { query, update, reset, filtered } = useQuotationQuery();
  const search = toQuotationSearch(query);
  const badRange = Boolean(query.from && query.to && query.from > query.to);
  const result = useQuery({
    // "Atualizar dados" (SyncIndicator) invalidates it once the sync is done.
    queryKey: ["quotations", search],
    queryFn: () => fetchJson<QuotationPage>(`/api/quotations?${search}`),
    initialData: search === toQuotationSearch(initialQuery) ? initialPage : undefined,
    placeholderData: keepPreviousData,
    enabled: !badRange,
    staleTime: 30_000,
  });
  const page = result.data ?? initialPage;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const exportHref = `/api/quotations/export?${toQuotationSearch(query, { paging: false })}`;

  /** The badge; a converted quotation's names its order and opens it (above a card's own link). */
  const status = (q: QuotationListItem) => {
    const tone = quotationStatusTone[q.status] ?? quotationStatusTone.unknown;
    if (q.status === "converted" && q.order.trim())
      return (
        <Link
          href={`/orders/${encodeURIComponent(q.order.trim())}`}
          className="relative z-10 inline-flex min-h-6 items-center underline-offset-2 hover:underline"
        >
          <span className={`${badgeClass} ${tone} underline`}>{ts("convertedAs", { order: q.order.trim() })}</span>
        </Link>
      );
    return <span className={`${badgeClass} ${tone}`}>{ts(q.status)}</span>;
  };

  /** "Válido até dd/mm/aaaa" and, while open, the days left ("vence em 3 dias", "vence hoje"). */
  const validity = (q: QuotationListItem) => {
    if (!q.validity) return <span>—</span>;
    const left = q.status === "open" ? daysBetween(today, q.validity) : -1;
    return (
      <>
        <span>{t("validUntil", { date: date(q.validity) })}</span>
        {left >= 0 ? (
          <span className={`block ${left <= EXPIRING_DAYS ? "font-semibold text-amber-800" : "text-slate-600"}`}>
            {t("expiresIn", { days: left })}
          </span>
        ) : null}
      </>
    );
  };

  /** Code/store and the CPF/CNPJ, which wraps as a whole. */
  const customerLine = (q: QuotationListItem) => (
    <>
      {code(q)}
      {q.customerDocument ? (
        <>
          {" · "}
          <span className="whitespace-nowrap">{formatDocument(q.customerDocument)}</span>
        </>
      ) : null}
    </>
  );

  return (
    <div className="space-y-4">
      <QuotationFilters query={query} onChange={update} />
      <ListSummary
        count={t("count", { total: page.total })}
        testId="quotation-count"
        clearLabel={t("clearFilters")}
        onClear={filtered ? reset : undefined}
      >
        {page.total > 0 && !badRange ? (
          <a href={exportHref} download className={linkButton.secondary}>
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
                  {t("columns.validity")}
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
              {page.items.map((q) => (
                <tr key={q.id} className="border-t border-slate-200 hover:bg-slate-50">
                  <td className="p-3">
                    <Link
                      href={href(q)}
                      aria-label={t("open", { number: q.number })}
                      className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                    >
                      {q.number}
                    </Link>
                  </td>
                  <td className="p-3 whitespace-nowrap">{date(q.issueDate)}</td>
                  <td className="p-3">{validity(q)}</td>
                  <td className="p-3">
                    <span className="font-medium text-slate-900">{q.customerName || code(q)}</span>
                    <div className="text-slate-600">{customerLine(q)}</div>
                  </td>
                  <td className="p-3">
                    {status(q)}
                    {/* What the status means, where the table has room for it (a tablet keeps the badge alone). */}
                    <div className="mt-1 hidden max-w-xs text-xs text-slate-600 lg:block">
                      {ts(`meaning.${q.status}`)}
                    </div>
                  </td>
                  <td className="p-3 text-right">{q.items}</td>
                  <td className="p-3 text-right whitespace-nowrap font-medium" data-testid="quotation-total">
                    {money(q.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="space-y-3 md:hidden" aria-busy={result.isFetching}>
            {page.items.map((q) => (
              // The number's link covers the whole card (its ::after); the order link sits above it.
              <li
                key={q.id}
                className="relative rounded-xl border border-slate-200 bg-white p-4 has-[a:active]:bg-slate-50"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <span>
                    <Link
                      href={href(q)}
                      aria-label={t("open", { number: q.number })}
                      className="font-semibold text-slate-900 after:absolute after:inset-0 after:rounded-xl after:content-['']"
                    >
                      {q.number}
                    </Link>
                    <span className="text-slate-700"> · {date(q.issueDate)}</span>
                  </span>
                  {status(q)}
                </div>
                <p className="mt-1 text-sm break-words text-slate-900">{q.customerName || code(q)}</p>
                <p className="text-sm break-words text-slate-600">{customerLine(q)}</p>
                <p className="mt-1 text-sm text-slate-700">{validity(q)}</p>
                <p className="mt-1 flex justify-between text-sm">
                  <span className="text-slate-600">{t("items", { count: q.items })}</span>
                  <span className="font-semibold" data-testid="quotation-total">
                    {money(q.total)}
                  </span>
                </p>
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
