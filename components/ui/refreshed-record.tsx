import { Suspense, type ReactElement, type ReactNode } from "react";

/**
 * A record page (an order, a quotation) painted at once from the synced copy — in a clear
 * "atualizando do ERP…" state — and replaced by the page of the ERP's answer when it arrives (or
 * of the synced copy with its time when the ERP does not answer), so a hung ERP never holds the page.
 */
export function RefreshedRecord({ stored, live }: { stored: ReactNode; live: Promise<ReactElement> }) {
  return <Suspense fallback={stored}>{live}</Suspense>;
}
