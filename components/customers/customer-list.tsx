"use client";

import { withQueryScope } from "@/components/query-scope";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { ListCards, listRow, ListTable, rowLink } from "@/components/lists/list-views";
import { ListCount, ListOrEmpty, ListPager } from "@/components/lists/list-words";
import { useListPage } from "@/components/lists/use-list-page";
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
  const { page, pages, busy } = useListPage({
    key: "customers",
    path: "/api/customers",
    search,
    initial: { search: toSearch(initialQuery), page: initialPage },
  });
  const date = (iso: string | null) => calendarDate(iso, t("never"));
  const risk = (c: CustomerListItem) => (
    <RiskBadge risk={c.risk} label={c.risk ? t("riskBadge", { letter: c.risk }) : t("noRisk")} />
  );

  return (
    <div className="space-y-4">
      <CustomerFilters query={query} onChange={update} />
      <ListCount t={t} total={page.total} testId="customer-count" filtered={filtered} onClear={reset} />

      <ListOrEmpty t={t} empty={page.items.length === 0} filtered={filtered}>
        <ListTable
          busy={busy}
          columns={[
            { label: t("columns.customer") },
            { label: t("columns.document") },
            { label: t("columns.city") },
            { label: t("columns.risk") },
            { label: t("columns.available"), numeric: true },
            { label: t("columns.overdue"), numeric: true },
            { label: t("columns.lastPurchase") },
          ]}
        >
          {page.items.map((c) => (
            <tr key={`${c.code}|${c.store}`} className={listRow}>
              <td className="p-3">
                <Link href={href(c)} className={rowLink}>
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
              <td className={`p-3 text-right whitespace-nowrap ${c.overdue > 0 ? "font-semibold text-red-700" : ""}`}>
                {money(c.overdue)}
              </td>
              <td className="p-3 whitespace-nowrap">{date(c.lastPurchase)}</td>
            </tr>
          ))}
        </ListTable>
        <ListCards busy={busy}>
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
                  {c.code.trim()}/{c.store.trim()} ·{" "}
                  <span className="whitespace-nowrap">{maskDocument(c.document)}</span>
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
        </ListCards>
      </ListOrEmpty>

      <ListPager t={t} page={page.page} pages={pages} onPage={(p) => update({ page: p })} />
    </div>
  );
}

/** The island's entry (customer-list.island.tsx): `CustomerList` inside the query cache, with its hydration marker. */
export const CustomerListInScope = withQueryScope(CustomerList);
