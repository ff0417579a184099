"use client";

import dynamic from "next/dynamic";

/**
 * A record's PDF actions as an island (CONTRIBUTING: islands): server-rendered in full, its code
 * preloaded and hydrated right after the shell, out of the route's First Load JS (issue 20). No
 * query cache and no hydration marker: the download is a plain link, and the share button appears
 * only once the code runs, so nothing can be tapped before it. Pages import it under the component's own name.
 */
export const LazyPdfActions = dynamic(() => import("./pdf-actions").then((m) => m.PdfActions));
