"use client";

import { withQueryScope } from "@/components/query-scope";
import { useFormatter, useTranslations } from "use-intl";
import { ListCards, ListTable } from "@/components/lists/list-views";
import { ListCount, ListOrEmpty, ListPager } from "@/components/lists/list-words";
import { useListPage } from "@/components/lists/use-list-page";
import { invertedRange } from "@/components/lists/filter-fields";
import type { AccessLogQuery } from "@/lib/schemas/access-log-query";
import {
  personalDataScreens,
  type PersonalDataAccess,
  type PersonalDataAccessPage,
  type PersonalDataScreen,
} from "@/lib/types/personal-data-access";
import { AccessLogFilters } from "./access-log-filters";
import { toAccessLogSearch, useAccessLogQuery } from "./use-access-log-query";

const isKnownScreen = (s: string): s is PersonalDataScreen => (personalDataScreens as readonly string[]).includes(s);

/**
 * The LGPD access log for an administrator: newest first, a table on desktop and cards on a phone;
 * the server pages and filters (the URL keeps the filters, so a link shows the same views).
 */
export function AccessLogList({
  initialQuery,
  initialPage,
  logins,
}: {
  initialQuery: AccessLogQuery;
  initialPage: PersonalDataAccessPage;
  logins: string[];
}) {
  const t = useTranslations("accessLog");
  const format = useFormatter();
  const { query, update, reset, filtered } = useAccessLogQuery();
  const search = toAccessLogSearch(query);
  const badRange = invertedRange(query.from, query.to);
  const { page, pages, busy } = useListPage({
    key: "access-log",
    path: "/api/admin/access-log",
    search,
    initial: { search: toAccessLogSearch(initialQuery), page: initialPage },
    enabled: !badRange,
  });

  // Instants in the business time zone (the provider's), to the second: two views a minute apart differ.
  const when = (a: PersonalDataAccess) =>
    format.dateTime(new Date(a.at), {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  const who = (a: PersonalDataAccess) =>
    [a.sellerCode ? t("seller", { code: a.sellerCode }) : null, t("tenant", { company: a.company, branch: a.branch })]
      .filter(Boolean)
      .join(" · ");
  const fields = (a: PersonalDataAccess) => a.fields.map((f) => t(`fields.${f}`)).join(", ");
  const screen = (a: PersonalDataAccess) => (isKnownScreen(a.screen) ? t(`screens.${a.screen}`) : a.screen);
  const record = (a: PersonalDataAccess) => (
    <>
      <span className="font-medium break-words text-slate-900">{a.subjectName}</span>
      <span className="block break-words text-slate-600">
        {t(`entities.${a.entity}`)} {a.recordKey}
      </span>
    </>
  );

  return (
    <div className="space-y-4">
      <AccessLogFilters query={query} logins={logins} onChange={update} />
      <ListCount t={t} total={page.total} testId="access-log-count" filtered={filtered} onClear={reset} />

      <ListOrEmpty t={t} empty={page.items.length === 0} filtered={filtered}>
        <ListTable
          busy={busy}
          columns={[
            { label: t("columns.at") },
            { label: t("columns.user") },
            { label: t("columns.record") },
            { label: t("columns.fields") },
            { label: t("columns.screen") },
          ]}
        >
          {page.items.map((a) => (
            <tr key={a.id} className="border-t border-slate-200" data-testid="access-log-row">
              <td className="p-3 whitespace-nowrap">{when(a)}</td>
              <td className="p-3">
                <span className="font-medium text-slate-900">{a.login}</span>
                <span className="block text-slate-600">{a.userName}</span>
                <span className="block text-xs text-slate-600">{who(a)}</span>
              </td>
              <td className="p-3">{record(a)}</td>
              <td className="p-3">{fields(a)}</td>
              <td className="p-3">{screen(a)}</td>
            </tr>
          ))}
        </ListTable>
        <ListCards busy={busy}>
          {page.items.map((a) => (
            <li
              key={a.id}
              className="rounded-xl border border-slate-200 bg-white p-4 text-sm"
              data-testid="access-log-card"
            >
              <p className="flex flex-wrap justify-between gap-x-2">
                <span className="font-semibold text-slate-900">{a.login}</span>
                <span className="text-slate-700">{when(a)}</span>
              </p>
              <p className="text-slate-600">{who(a)}</p>
              <p className="mt-2">{record(a)}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-slate-600">{t("columns.fields")}</dt>
                <dd>{fields(a)}</dd>
                <dt className="text-slate-600">{t("columns.screen")}</dt>
                <dd>{screen(a)}</dd>
              </dl>
            </li>
          ))}
        </ListCards>
      </ListOrEmpty>

      <ListPager t={t} page={page.page} pages={pages} onPage={(p) => update({ page: p })} />
    </div>
  );
}

/** The island's entry (access-log-list.island.tsx): `AccessLogList` inside the query cache, with its hydration marker. */
export const AccessLogListInScope = withQueryScope(AccessLogList);
