"use client";

import { useCallback, useMemo, useState } from "react";
import type { OrderQuery } from "@/lib/schemas/order-query";

const defaults: OrderQuery = { q: "", status: [], sort: "issueDate", dir: "desc", page: 1, pageSize: 25 };

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toOrderSearch(query: OrderQuery, { paging = true } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status.length) params.set("status", query.status.join(","));
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.sort !== defaults.sort) params.set("sort", query.sort);
  if (query.dir !== defaults.dir) params.set("dir", query.dir);
  if (paging && query.page !== 1) params.set("page", String(query.page));
  if (paging && query.pageSize !== defaults.pageSize) params.set("pageSize", String(query.pageSize));
  return params.toString();
}

/**
 * The list's query state, mirrored in the URL with history.replaceState (shareable, survives a
 * reload) without a server round trip; any change but paging goes back to page 1.
 */
export function useOrderQuery(initial: OrderQuery) {
  const [query, setQuery] = useState(initial);
  const update = useCallback((patch: Partial<OrderQuery>) => {
    setQuery((current) => {
      const next = { ...current, ...patch, page: patch.page ?? 1 };
      const search = toOrderSearch(next);
      window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
      return next;
    });
  }, []);
  const reset = useCallback(() => update({ ...defaults, from: undefined, to: undefined }), [update]);
  const filtered = useMemo(() => Boolean(query.q || query.status.length || query.from || query.to), [query]);
  return { query, update, reset, filtered };
}
