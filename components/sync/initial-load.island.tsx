"use client";

import dynamic from "next/dynamic";

/**
 * The initial data load as an island (CONTRIBUTING: islands and the query scope): server-rendered in full, so it
 * paints with the page; its code and the query cache it runs in are preloaded and hydrate right after the shell,
 * out of the route's First Load JS (issue 20). Pages import it under the component's own name.
 */
export const LazyInitialLoad = dynamic(() => import("./initial-load").then((m) => m.InitialLoadInScope));
