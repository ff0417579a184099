"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { orderListParams, orderQueryOf, orderSearch } from "@/lib/list-search-params";
import type { OrderQuery } from "@/lib/schemas/order-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toOrderSearch(query: OrderQuery, { paging = true } = {}): string {
  return orderSearch(paging ? query : { ...query, page: undefined, pageSize: undefined });
}

/**
 * The list's query state in the URL (nuqs: shareable, survives a reload, replaced in place without
 * a server round trip), read with the same parsers as the page's server component; any change but
 * paging goes back to page 1.
 */
export function useOrderQuery() {
  const [params, setParams] = useQueryStates(orderListParams);
  const query = useMemo(() => orderQueryOf(params), [params]);
  const update = useCallback(
    (patch: Partial<OrderQuery>) =>
      void setParams({
        ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? null])),
        page: patch.page ?? 1,
      }),
    [setParams],
  );
  const reset = useCallback(() => void setParams(null), [setParams]);
  const filtered = useMemo(() => Boolean(query.q || query.status.length || query.from || query.to), [query]);
  return { query, update, reset, filtered };
}
