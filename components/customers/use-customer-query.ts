"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { customerListParams, customerQueryOf, customerSearch } from "@/lib/list-search-params";
import type { CustomerQuery } from "@/lib/schemas/customer-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toSearch(query: CustomerQuery): string {
  return customerSearch(query);
}

/** `undefined` in a patch clears that parameter (nuqs clears with `null`). */
const cleared = (patch: Partial<CustomerQuery>) =>
  Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? null])) as {
    [K in keyof CustomerQuery]?: CustomerQuery[K] | null;
  };

/**
 * The list's query state in the URL (nuqs: shareable, survives a reload, replaced in place without
 * a server round trip), read with the same parsers as the page's server component; any change but
 * paging goes back to page 1.
 */
export function useCustomerQuery() {
  const [params, setParams] = useQueryStates(customerListParams);
  const query = useMemo(() => customerQueryOf(params), [params]);
  const update = useCallback(
    (patch: Partial<CustomerQuery>) => void setParams({ ...cleared(patch), page: patch.page ?? 1 }),
    [setParams],
  );
  const reset = useCallback(() => void setParams(null), [setParams]);
  const filtered = useMemo(
    () =>
      Boolean(
        query.q || query.risk.length || query.status !== "all" || query.overdue || query.exhausted || query.noPurchase,
      ),
    [query],
  );
  return { query, update, reset, filtered };
}
