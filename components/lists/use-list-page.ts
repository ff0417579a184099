"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/fetch-json";

/**
 * One page of a server-paged list (`/api/{list}?{search}`) through TanStack Query: the page the
 * server rendered while the URL still asks for it, the previous page kept on screen while the next
 * loads, `busy` while fetching, `pages` for the pager. `key` is the list's query key, which
 * "Atualizar dados" invalidates (components/sync/sync-indicator.tsx `STORE_LISTS`).
 */
export function useListPage<P extends { total: number; pageSize: number }>({
  key,
  path,
  search,
  initial,
  enabled = true,
}: {
  key: string;
  path: string;
  search: string;
  initial: { search: string; page: P };
  enabled?: boolean;
}) {
  const result = useQuery({
    queryKey: [key, search],
    queryFn: () => fetchJson<P>(`${path}?${search}`),
    initialData: search === initial.search ? initial.page : undefined,
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 30_000,
  });
  const page = result.data ?? initial.page;
  return { page, pages: Math.max(1, Math.ceil(page.total / page.pageSize)), busy: result.isFetching };
}
