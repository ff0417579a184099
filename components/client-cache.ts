/**
 * The browser's query cache, reachable without loading TanStack Query: the shell (branch switch,
 * logout) drops what another branch or user saw, whether or not a page of this tab ever created it.
 * components/query-scope.tsx registers the cache when it first creates it.
 */
let clearCache: (() => void) | null = null;

export function registerClientCache(clear: () => void): void {
  clearCache = clear;
}

/** Drops every cached answer of this tab (nothing to drop if no page ever used the query cache). */
export function clearClientCache(): void {
  clearCache?.();
}
