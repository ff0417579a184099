"use client";

import { useCallback, type ReactNode } from "react";
import { DateRangeFields, invertedRange } from "@/components/lists/filter-fields";
import { EmptyList, ListSummary } from "@/components/ui/list-summary";
import { PhoneCollapse } from "@/components/ui/phone-collapse";
import { Pagination } from "@/components/ui/pagination";
import { SearchField } from "@/components/ui/search-field";
import { SortControl } from "@/components/ui/sort-control";

/**
 * The parts of a server-paged list that every list's namespace words alike: the pager, the search
 * box and filter row, the sort, the count and the "no results" block. `t` is the list's own
 * use-intl translator, whose namespace has these keys.
 */
type PagerWords = (
  key: "pagination" | "previous" | "next" | "page",
  values?: { page: number; pages: number },
) => string;
type SearchWords = (key: "search" | "searchHint" | "searchTooShort") => string;
type FilterWords = (
  key: "search" | "searchHint" | "searchTooShort" | "filters" | "filtersSummary",
  values?: { count: number },
) => string;
type RangeWords = (key: "from" | "to" | "invalidRange") => string;
type SortWords<S extends string> = (key: "sort" | "ascending" | "descending" | `sorts.${S}`) => string;
type CountWords = (key: "count" | "clearFilters" | "emptyFiltered" | "emptyNone", values?: { total: number }) => string;

/** Previous / "page x of y" / next; nothing when there is one page. */
export function ListPager({
  t,
  page,
  pages,
  onPage,
}: {
  t: PagerWords;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  return (
    <Pagination
      page={page}
      pages={pages}
      labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), page: t("page", { page, pages }) }}
      onPage={onPage}
    />
  );
}

/** The list's search as you type (components/ui/search-field.tsx), patching the query's `q`. */
export function ListSearch({
  t,
  value,
  onChange,
}: {
  t: SearchWords;
  value: string;
  onChange: (patch: { q: string }) => void;
}) {
  const search = useCallback((q: string) => onChange({ q }), [onChange]);
  return (
    <SearchField
      label={t("search")}
      hint={t("searchHint")}
      tooShortHint={t("searchTooShort")}
      value={value}
      onSearch={search}
    />
  );
}

/**
 * The search box above the filters' row (`children`, under a hidden "filters" legend); `after` below it.
 * On a phone the row folds behind "Filtros · 2 ativos: …" (`active`: the words of each filter that is
 * on), so the list starts on the first screen; `invalid` (a filter with an error) keeps it open.
 */
export function ListFilterBar({
  t,
  q,
  onChange,
  active = [],
  invalid = false,
  after,
  children,
}: {
  t: FilterWords;
  q: string;
  onChange: (patch: { q: string }) => void;
  active?: readonly string[];
  invalid?: boolean;
  after?: ReactNode;
  children: ReactNode;
}) {
  const summary = t("filtersSummary", { count: active.length });
  return (
    <div className="space-y-3">
      <ListSearch t={t} value={q} onChange={onChange} />
      <PhoneCollapse
        summary={active.length ? `${summary}: ${active.join(", ")}` : summary}
        open={invalid}
        testId="filters-toggle"
      >
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="sr-only">{t("filters")}</legend>
          {children}
        </fieldset>
      </PhoneCollapse>
      {after}
    </div>
  );
}

/** The words of an issue-date range that is on ("Emitidos a partir de 01/11/2026"), for `ListFilterBar`'s `active`. */
export function activeRange(
  t: RangeWords,
  date: (iso: string) => string,
  from: string | undefined,
  to: string | undefined,
): string[] {
  return [...(from ? [`${t("from")} ${date(from)}`] : []), ...(to ? [`${t("to")} ${date(to)}`] : [])];
}

/** The server sort ("sort by" + direction), its options worded by the namespace's `sorts.*`. */
export function ListSort<S extends string>({
  t,
  sorts,
  value,
  dir,
  onChange,
}: {
  t: SortWords<S>;
  sorts: readonly S[];
  value: S;
  dir: "asc" | "desc";
  onChange: (patch: { sort?: S; dir?: "asc" | "desc" }) => void;
}) {
  return (
    <SortControl
      sorts={sorts}
      value={value}
      dir={dir}
      labels={{
        sort: t("sort"),
        ascending: t("ascending"),
        descending: t("descending"),
        option: (s) => t(`sorts.${s}`),
      }}
      onChange={onChange}
    />
  );
}

/** The live count, with "clear filters" while any filter is on (components/ui/list-summary.tsx). */
export function ListCount({
  t,
  total,
  testId,
  filtered,
  onClear,
  children,
}: {
  t: CountWords;
  total: number;
  testId: string;
  filtered: boolean;
  onClear: () => void;
  children?: ReactNode;
}) {
  return (
    <ListSummary
      count={t("count", { total })}
      testId={testId}
      clearLabel={t("clearFilters")}
      onClear={filtered ? onClear : undefined}
    >
      {children}
    </ListSummary>
  );
}

/** The list's views (`children`), or, with no item, why it is empty (nothing there, or nothing matching). */
export function ListOrEmpty({
  t,
  empty,
  filtered,
  children,
}: {
  t: CountWords;
  empty: boolean;
  filtered: boolean;
  children: ReactNode;
}) {
  return empty ? <EmptyList>{filtered ? t("emptyFiltered") : t("emptyNone")}</EmptyList> : children;
}

/**
 * An issue-date range filter: "from" and "to" (in the filters' row) and, under the row, why an
 * inverted range found nothing (`ListRangeError`, the same `id`).
 */
export function ListDateRange({
  t,
  id,
  from,
  to,
  onChange,
}: {
  t: RangeWords;
  id: string;
  from: string | undefined;
  to: string | undefined;
  onChange: (patch: { from?: string; to?: string }) => void;
}) {
  return (
    <DateRangeFields
      id={id}
      labels={{ from: t("from"), to: t("to") }}
      from={from}
      to={to}
      rangeErrorId={`${id}-range`}
      onChange={onChange}
    />
  );
}

export function ListRangeError({
  t,
  id,
  from,
  to,
}: {
  t: RangeWords;
  id: string;
  from: string | undefined;
  to: string | undefined;
}) {
  return invertedRange(from, to) ? (
    <p id={`${id}-range`} className="text-sm font-medium text-red-700">
      {t("invalidRange")}
    </p>
  ) : null;
}
