"use client";

import { useListQuery } from "@/components/lists/use-list-query";
import { quotationListParams, quotationQueryOf, quotationSearch } from "@/lib/list-search-params";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toQuotationSearch(query: QuotationQuery, { paging = true } = {}): string {
  return quotationSearch(paging ? query : { ...query, page: undefined, pageSize: undefined });
}

const isFiltered = (query: QuotationQuery) =>
  Boolean(query.q || query.status.length || query.validity || query.from || query.to);

/** The quotation list's query state in the URL, read with the same parsers as the page's server component. */
export function useQuotationQuery() {
  return useListQuery(quotationListParams, quotationQueryOf, isFiltered);
}
