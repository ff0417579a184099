"use client";

import { useCallback, useMemo } from "react";
import { useUrlParams } from "@/components/lists/use-url-params";
import { orderListParams, orderQueryOf, orderSearch } from "@/lib/list-search-params";
import type { OrderQuery } from "@/lib/schemas/order-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toOrderSearch(query: OrderQuery, { paging = true } = {}): string {
  return orderSearch(paging ? query : { ...query, page: undefined, pageSize: undefined });
}

/**
 * The list's query state in the URL (components/lists/use-url-params.ts: shareable, survives a
 * reload, replaced in place without a server round trip), read with the same parsers as the
 * page's server component; `undefined` in a patch clears that parameter; any change but paging
 * goes back to page 1.
 */
export function useOrderQuery() {
  const [params, setParams] = useUrlParams(orderListParams);
  const query = useMemo(() => orderQueryOf(params), [params]);
  const update = useCallback(
    (patch: Partial<OrderQuery>) => setParams({ ...patch, page: patch.page ?? 1 }),
    [setParams],
  );
  const reset = useCallback(() => setParams(null), [setParams]);
  const filtered = useMemo(() => Boolean(query.q || query.status.length || query.from || query.to), [query]);
  return { query, update, reset, filtered };
}
