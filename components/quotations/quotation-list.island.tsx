"use client";

import dynamic from "next/dynamic";

/**
 * My quotations as an island: server-rendered in full, so it paints with the page; its code (and the query
 * cache it fetches with) is preloaded at low priority and hydrates right after the shell, out of the
 * route's First Load JS (issue 20). next/dynamic rather than React's lazy: its chunks are preloaded
 * from the HTML (those of the loader's one import: next/dynamic preloads no other, so the module
 * wraps itself in the query cache), so the island hydrates with the page, not a round trip later (React.lazy was
 * 1.8 kB lighter but lost what e2e typed before hydration). One island per file: the client-message
 * scan follows dynamic imports. Pages import it under the component's own name.
 */
export const LazyQuotationList = dynamic(() => import("./quotation-list").then((m) => m.QuotationListInScope));
