"use client";

import { useListQuery } from "@/components/lists/use-list-query";
import { accessLogListParams, accessLogQueryOf, accessLogSearch } from "@/lib/list-search-params";
import type { AccessLogQuery } from "@/lib/schemas/access-log-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export const toAccessLogSearch = (query: AccessLogQuery) => accessLogSearch(query);

const isFiltered = (query: AccessLogQuery) => Boolean(query.q || query.login || query.from || query.to);

/** The access log's query state in the URL, read with the same parsers as the page's server component. */
export function useAccessLogQuery() {
  return useListQuery(accessLogListParams, accessLogQueryOf, isFiltered);
}
