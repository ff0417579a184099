"use client";

import dynamic from "next/dynamic";
import { withIslandMarker } from "@/components/island-marker";

/**
 * The connection diagnostics panel (run again, per-check results) as an island: server-rendered in full, so it paints with the page; its code is preloaded and
 * hydrates right after, out of the route's First Load JS (issue 20). It fetches without the query
 * cache, so it carries only its hydration marker (components/island-marker.tsx).
 */
export const LazyDiagnosticsPanel = dynamic(() =>
  import("./diagnostics-panel").then((m) => withIslandMarker(m.DiagnosticsPanel)),
);
