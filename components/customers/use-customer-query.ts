"use client";

import { useCallback, useMemo, useState } from "react";
import type { CustomerQuery } from "@/lib/schemas/customer-query";

const defaults: CustomerQuery = { q: "", risk: [], status: "all", sort: "name", dir: "asc", page: 1, pageSize: 25 };

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toSearch(query: CustomerQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.risk.length) params.set("risk", query.risk.join(","));
  if (query.status !== defaults.status) params.set("status", query.status);
  if (query.overdue) params.set("overdue", "1");
  if (query.exhausted) params.set("exhausted", "1");
  if (query.noPurchase) params.set("noPurchase", query.noPurchase);
  if (query.sort !== defaults.sort) params.set("sort", query.sort);
  if (query.dir !== defaults.dir) params.set("dir", query.dir);
  if (query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize !== defaults.pageSize) params.set("pageSize", String(query.pageSize));
  return params.toString();
}

/**
 * The list's query state, mirrored in the URL with history.replaceState (shareable, survives a
 * reload) without a server round trip; any change but paging goes back to page 1.
 */
export function useCustomerQuery(initial: CustomerQuery) {
  const [query, setQuery] = useState(initial);
  const update = useCallback((patch: Partial<CustomerQuery>) => {
    setQuery((current) => {
      const next = { ...current, ...patch, page: patch.page ?? 1 };
      const search = toSearch(next);
      window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
      return next;
    });
  }, []);
  const reset = useCallback(() => update({ ...defaults, q: "" }), [update]);
  const filtered = useMemo(
    () =>
      Boolean(
        query.q || query.risk.length || query.status !== "all" || query.overdue || query.exhausted || query.noPurchase,
      ),
    [query],
  );
  return { query, update, reset, filtered };
}
