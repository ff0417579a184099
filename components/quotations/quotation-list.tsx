"use client";

import { withQueryScope } from "@/components/query-scope";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { invertedRange } from "@/components/lists/filter-fields";
import { cardLink, listCard, ListCards, listRow, ListTable, rowLink } from "@/components/lists/list-views";
import { ListCount, ListOrEmpty, ListPager } from "@/components/lists/list-words";
import { useListPage } from "@/components/lists/use-list-page";
import { badgeClass } from "@/components/orders/status-tone";
import { linkButton } from "@/components/ui/button";
import { maskDocument } from "@/lib/mask";
import { daysBetween } from "@/lib/calendar-date";
import { EXPIRING_DAYS } from "@/lib/quotation-query-options";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";
import type { QuotationListItem, QuotationPage } from "@/lib/types/quotation";
import { QuotationFilters } from "./quotation-filters";
import { prospectMarkerTone, quotationStatusTone } from "./status-tone";
import { toQuotationSearch, useQuotationQuery } from "./use-quotation-query";

const href = (q: QuotationListItem) => `/quotations/${encodeURIComponent(q.number)}`;
/** Code/store of who it is for: the customer, or the prospect of a quotation still its prospect's. */
const code = (q: QuotationListItem) =>
  q.prospect ? `${q.prospect.code}/${q.prospect.store}` : `${q.customer.trim()}/${q.store.trim()}`;

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
  const badRange = invertedRange(query.from, query.to);
  const { page, pages, busy } = useListPage({
    key: "quotations",
    path: "/api/quotations",
    search,
    initial: { search: toQuotationSearch(initialQuery), page: initialPage },
    enabled: !badRange,
  });
  const exportHref = `/api/quotations/export?${toQuotationSearch(query, { paging: false })}`;

  /** The badge; a converted quotation's names its order and opens it (above a card's own link). */
  const status = (q: QuotationListItem) => {
    const tone = quotationStatusTone[q.status] ?? quotationStatusTone.unknown;
    if (q.status === "converted" && q.order.trim())
      return (
        <Link
          href={`/orders/${encodeURIComponent(q.order.trim())}`}
          className="relative z-10 inline-flex min-h-11 items-center underline-offset-2 hover:underline"
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

  /** Code/store and the CPF/CNPJ, which wraps as a whole; a prospect's quotation marked as such. */
  const customerLine = (q: QuotationListItem) => (
    <>
      {q.prospect ? (
        <>
          <span className={`${badgeClass} ${prospectMarkerTone}`} data-testid="quotation-prospect">
            {t("prospect")}
          </span>{" "}
        </>
      ) : null}
      {code(q)}
      {q.customerDocument ? (
        <>
          {" · "}
          <span className="whitespace-nowrap">{maskDocument(q.customerDocument)}</span>
        </>
      ) : null}
    </>
  );

  return (
    <div className="space-y-4">
      <QuotationFilters query={query} onChange={update} />
      <ListCount t={t} total={page.total} testId="quotation-count" filtered={filtered} onClear={reset}>
        {page.total > 0 && !badRange ? (
          <a href={exportHref} download className={linkButton.secondary}>
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
            { label: t("columns.validity") },
            { label: t("columns.customer") },
            { label: t("columns.status") },
            { label: t("columns.items"), numeric: true },
            { label: t("columns.total"), numeric: true },
          ]}
        >
          {page.items.map((q) => (
            <tr key={q.id} className={listRow}>
              <td className="p-3">
                <Link href={href(q)} aria-label={t("open", { number: q.number })} className={rowLink}>
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
                <div className="mt-1 hidden max-w-xs text-xs text-slate-600 lg:block">{ts(`meaning.${q.status}`)}</div>
              </td>
              <td className="p-3 text-right">{q.items}</td>
              <td className="p-3 text-right whitespace-nowrap font-medium" data-testid="quotation-total">
                {money(q.total)}
              </td>
            </tr>
          ))}
        </ListTable>
        <ListCards busy={busy}>
          {page.items.map((q) => (
            // The number's link covers the whole card (its ::after); the order link sits above it.
            <li key={q.id} className={listCard}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <span>
                  <Link
                    href={href(q)}
                    aria-label={t("open", { number: q.number })}
                    className={`font-semibold text-slate-900 ${cardLink}`}
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
        </ListCards>
      </ListOrEmpty>

      <ListPager t={t} page={page.page} pages={pages} onPage={(p) => update({ page: p })} />
    </div>
  );
}

/** The island's entry (quotation-list.island.tsx): `QuotationList` inside the query cache, with its hydration marker. */
export const QuotationListInScope = withQueryScope(QuotationList);
