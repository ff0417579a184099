"use client";

import { withQueryScope } from "@/components/query-scope";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { cardLink, listCard, ListCards, listRow, ListTable, rowLink } from "@/components/lists/list-views";
import { ListCount, ListOrEmpty, ListPager } from "@/components/lists/list-words";
import { useListPage } from "@/components/lists/use-list-page";
import { badgeClass } from "@/components/orders/status-tone";
import type { ProspectQuery } from "@/lib/schemas/prospect-query";
import type { ProspectListItem, ProspectPage } from "@/lib/types/prospect";
import { ProspectFilters } from "./prospect-filters";
import { prospectStatusTone } from "./status-tone";
import { toProspectSearch, useProspectQuery } from "./use-prospect-query";

const key = (code: string, store: string) => `${encodeURIComponent(code.trim())}/${encodeURIComponent(store.trim())}`;
const href = (p: ProspectListItem) => `/prospects/${key(p.code, p.store)}`;
const codeStore = (p: { code: string; store: string }) => `${p.code.trim()}/${p.store.trim()}`;
const place = (p: ProspectListItem) => [p.city, p.uf].filter(Boolean).join("/");

/**
 * "Meus prospects": table on desktop, cards on a phone; the server pages, searches and filters. A
 * natural person's CPF comes masked from the server (lib/mask.ts), a company's CNPJ whole.
 */
export function ProspectList({
  initialQuery,
  initialPage,
  ufs,
}: {
  initialQuery: ProspectQuery;
  initialPage: ProspectPage;
  ufs: readonly string[];
}) {
  const t = useTranslations("prospects");
  const { date } = useFormat();
  const { query, update, reset, filtered } = useProspectQuery();
  const search = toProspectSearch(query);
  const { page, pages, busy } = useListPage({
    key: "prospects",
    path: "/api/prospects",
    search,
    initial: { search: toProspectSearch(initialQuery), page: initialPage },
  });

  /** The badge; a converted prospect's names its customer and opens it (above a card's own link). */
  const status = (p: ProspectListItem) => {
    const tone = `${badgeClass} ${prospectStatusTone[p.status] ?? prospectStatusTone.unknown}`;
    if (p.status === "converted" && p.customer)
      return (
        <Link
          href={`/customers/${key(p.customer.code, p.customer.store)}`}
          className="relative z-10 inline-flex min-h-11 items-center underline-offset-2 hover:underline"
        >
          <span className={`${tone} underline`}>{t("convertedAs", { customer: codeStore(p.customer) })}</span>
        </Link>
      );
    return <span className={tone}>{t(`statuses.${p.status}`)}</span>;
  };
  const subtitle = (p: ProspectListItem) => [codeStore(p), p.tradeName].filter(Boolean).join(" · ");

  return (
    <div className="space-y-4">
      <ProspectFilters query={query} ufs={ufs} onChange={update} />
      <ListCount t={t} total={page.total} testId="prospect-count" filtered={filtered} onClear={reset} />

      <ListOrEmpty t={t} empty={page.items.length === 0} filtered={filtered}>
        <ListTable
          busy={busy}
          columns={[
            { label: t("columns.prospect") },
            { label: t("columns.document") },
            { label: t("columns.city") },
            { label: t("columns.status") },
            { label: t("columns.inclusionDate") },
          ]}
        >
          {page.items.map((p) => (
            <tr key={p.id} className={listRow}>
              <td className="p-3">
                <Link href={href(p)} aria-label={t("open", { name: p.name })} className={rowLink}>
                  {p.name}
                </Link>
                <div className="text-slate-600">{subtitle(p)}</div>
              </td>
              <td className="p-3 whitespace-nowrap" data-testid="prospect-document">
                {p.document || "—"}
              </td>
              <td className="p-3">{place(p) || "—"}</td>
              <td className="p-3">{status(p)}</td>
              <td className="p-3 whitespace-nowrap">{date(p.inclusionDate)}</td>
            </tr>
          ))}
        </ListTable>
        <ListCards busy={busy}>
          {page.items.map((p) => (
            // The name's link covers the whole card (its ::after); the customer link sits above it.
            <li key={p.id} className={listCard}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link
                  href={href(p)}
                  aria-label={t("open", { name: p.name })}
                  className={`min-w-0 font-semibold break-words text-slate-900 ${cardLink}`}
                >
                  {p.name}
                </Link>
                {status(p)}
              </div>
              <p className="text-sm break-words text-slate-600">{subtitle(p)}</p>
              <p className="mt-1 text-sm break-words text-slate-700">
                {[p.document, place(p)].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ListCards>
      </ListOrEmpty>

      <ListPager t={t} page={page.page} pages={pages} onPage={(p) => update({ page: p })} />
    </div>
  );
}

/** The island's entry (prospect-list.island.tsx): `ProspectList` inside the query cache, with its hydration marker. */
export const ProspectListInScope = withQueryScope(ProspectList);
