"use client";

import { useCallback } from "react";
import { Pagination } from "@/components/ui/pagination";
import { SearchField } from "@/components/ui/search-field";

/**
 * The parts of a server-paged list that every list's namespace words alike: the pager and the
 * search box. `t` is the list's own use-intl translator, whose namespace has these keys.
 */
type PagerWords = (
  key: "pagination" | "previous" | "next" | "page",
  values?: { page: number; pages: number },
) => string;
type SearchWords = (key: "search" | "searchHint" | "searchTooShort") => string;

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
