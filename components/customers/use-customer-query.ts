"use client";

import { useCallback, useMemo } from "react";
import { useUrlParams } from "@/components/lists/use-url-params";
import { customerListParams, customerQueryOf, customerSearch } from "@/lib/list-search-params";
import type { CustomerQuery } from "@/lib/schemas/customer-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toSearch(query: CustomerQuery): string {
  return customerSearch(query);
}

/**
 * The list's query state in the URL (components/lists/use-url-params.ts: shareable, survives a
 * reload, replaced in place without a server round trip), read with the same parsers as the
 * page's server component; `undefined` in a patch clears that parameter; any change but paging
 * goes back to page 1.
 */
export function useCustomerQuery() {
  const [params, setParams] = useUrlParams(customerListParams);
  const query = useMemo(() => customerQueryOf(params), [params]);
  const update = useCallback(
    (patch: Partial<CustomerQuery>) => setParams({ ...patch, page: patch.page ?? 1 }),
    [setParams],
  );
  const reset = useCallback(() => setParams(null), [setParams]);
  const filtered = useMemo(
    () =>
      Boolean(
        query.q || query.risk.length || query.status !== "all" || query.overdue || query.exhausted || query.noPurchase,
      ),
    [query],
  );
  return { query, update, reset, filtered };
}
