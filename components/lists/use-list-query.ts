"use client";

import { useCallback, useMemo } from "react";
import type { UrlParsers, UrlPatch, UrlValues } from "@/lib/url-params";
import { useUrlParams } from "./use-url-params";

/**
 * A paged list's query in the URL (`useUrlParams`): `query` as the list's API takes it, `update`
 * (`undefined` in a patch clears that parameter; any change but paging goes back to page 1),
 * `reset` (everything back to the defaults) and `filtered` (whether any filter is on).
 */
export function useListQuery<P extends UrlParsers, Q extends { page: number }>(
  parsers: P,
  queryOf: (values: UrlValues<P>) => Q,
  isFiltered: (query: Q) => boolean,
) {
  const [values, setValues] = useUrlParams(parsers);
  const query = useMemo(() => queryOf(values), [queryOf, values]);
  const update = useCallback(
    (patch: Partial<Q>) => setValues({ ...patch, page: patch.page ?? 1 } as UrlPatch<P>),
    [setValues],
  );
  const reset = useCallback(() => setValues(null), [setValues]);
  const filtered = useMemo(() => isFiltered(query), [isFiltered, query]);
  return { query, update, reset, filtered };
}
