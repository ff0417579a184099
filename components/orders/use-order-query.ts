"use client";

import { useListQuery } from "@/components/lists/use-list-query";
import { orderListParams, orderQueryOf, orderSearch } from "@/lib/list-search-params";
import type { OrderQuery } from "@/lib/schemas/order-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toOrderSearch(query: OrderQuery, { paging = true } = {}): string {
  return orderSearch(paging ? query : { ...query, page: undefined, pageSize: undefined });
}

const isFiltered = (query: OrderQuery) => Boolean(query.q || query.status.length || query.from || query.to);

/** The order list's query state in the URL, read with the same parsers as the page's server component. */
export function useOrderQuery() {
  return useListQuery(orderListParams, orderQueryOf, isFiltered);
}
