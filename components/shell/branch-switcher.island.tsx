"use client";

import dynamic from "next/dynamic";
import { withIslandMarker } from "@/components/island-marker";

/**
 * The toolbar's branch switcher as an island: server-rendered in full, so it paints with the page; its code is preloaded and
 * hydrates right after, out of every route's First Load JS (issue 20). Being in the shell, it also
 * brings next/dynamic's own runtime into the shared chunk, so the pages' islands do not each repeat it.
 */
export const LazyBranchSwitcher = dynamic(() =>
  import("./branch-switcher").then((m) => withIslandMarker(m.BranchSwitcher)),
);
