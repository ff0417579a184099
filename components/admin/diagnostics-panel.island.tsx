"use client";

import dynamic from "next/dynamic";

/**
 * The connection diagnostics panel (run again, per-check results) as an island: server-rendered in full, so it paints with the page; its code is preloaded and
 * hydrates right after, out of the route's First Load JS (issue 20). It fetches without the query
 * cache, so it carries only its hydration marker (components/island-marker.tsx).
 */
export const LazyDiagnosticsPanel = dynamic(() =>
  Promise.all([import("./diagnostics-panel"), import("@/components/island-marker")]).then(([m, i]) =>
    i.withIslandMarker(m.DiagnosticsPanel),
  ),
);
