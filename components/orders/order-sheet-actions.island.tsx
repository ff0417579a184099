"use client";

import dynamic from "next/dynamic";

/**
 * The order's PDF and print buttons as an island (CONTRIBUTING: islands): server-rendered in full, their code
 * preloaded and hydrated right after the shell, out of the route's First Load JS (issue 20). No query cache,
 * and no hydration marker: the synced copy painted while the order page refreshes holds them too, and React
 * never hydrates a Suspense fallback the server left pending, so a marker there would hold e2e until the ERP
 * answers. The download is a plain link and the share button appears only once the code runs; a tap on print
 * in the moment before is lost as it was before the page hydrated. Pages import it under the component's own name.
 */
export const LazyOrderSheetActions = dynamic(() => import("./order-sheet-actions").then((m) => m.OrderSheetActions));
