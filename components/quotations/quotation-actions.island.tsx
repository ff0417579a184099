"use client";

import dynamic from "next/dynamic";

/**
 * A quotation's conversion and delete, followed through the ERP's queue, as an island (CONTRIBUTING: islands and
 * the query scope): server-rendered in full, so it paints with the page; its code and the query cache it runs in
 * are preloaded and hydrate right after the shell, out of the route's First Load JS (issue 20). Pages import it
 * under the component's own name.
 */
export const LazyQuotationActions = dynamic(() => import("./quotation-actions").then((m) => m.QuotationActionsInScope));
