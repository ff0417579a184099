"use client";

import { useListQuery } from "@/components/lists/use-list-query";
import { prospectListParams, prospectQueryOf, prospectSearch } from "@/lib/list-search-params";
import type { ProspectQuery } from "@/lib/schemas/prospect-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export const toProspectSearch = (query: ProspectQuery) => prospectSearch(query);

const isFiltered = (query: ProspectQuery) => Boolean(query.q || query.status || query.uf);

/** The prospect list's query state in the URL, read with the same parsers as the page's server component. */
export function useProspectQuery() {
  return useListQuery(prospectListParams, prospectQueryOf, isFiltered);
}
