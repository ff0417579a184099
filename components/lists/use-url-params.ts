"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { loadParams, serializeParams, type UrlParsers, type UrlPatch, type UrlValues } from "@/lib/url-params";

/**
 * A list's state in the URL, read with the same parsers as its page's server component
 * (lib/url-params.ts): shareable, survives a reload. A change replaces the history entry in place
 * (`history.replaceState`, which Next's router observes: `useSearchParams` re-renders) without a
 * server round trip; the list refetches through TanStack Query. `set(null)` clears everything.
 */
export function useUrlParams<P extends UrlParsers>(parsers: P) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const values = useMemo(() => loadParams(parsers, searchParams), [parsers, searchParams]);
  const set = useCallback(
    (patch: UrlPatch<P> | null) => {
      // The current URL, not the render's values: two changes in one tick both land.
      const current = loadParams(parsers, new URLSearchParams(window.location.search));
      const next = patch === null ? {} : { ...current, ...patch };
      const search = serializeParams(parsers, next as UrlPatch<P>);
      // `null`, not `history.state`: Next skips its URL sync for a state that carries its own marker.
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
    },
    [parsers, pathname],
  );
  return [values, set] as const satisfies readonly [UrlValues<P>, unknown];
}
