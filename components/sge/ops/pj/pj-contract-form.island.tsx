"use client";

import dynamic from "next/dynamic";
import { withIslandMarker } from "@/components/island-marker";

/**
 * The PJ contract form as an island: server-rendered in full, so it paints with the page; its code is
 * preloaded at low priority and hydrates right after the shell, out of the route's First Load JS (issue
 * 20). The SGE screens send server actions, not browser fetches: no query cache, only the hydration marker
 * e2e waits for (`withIslandMarker`, imported here rather than in the loader: next/dynamic preloads the
 * chunks of the loader's last import only). One island per file: the client-message scan follows dynamic
 * imports. Pages import it under the component's own name.
 */
export const LazyPjContractForm = dynamic(() =>
  import("./pj-contract-form").then((m) => withIslandMarker(m.PjContractForm)),
);
