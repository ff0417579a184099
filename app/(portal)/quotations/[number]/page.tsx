import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuotationViewPage } from "@/components/quotations/quotation-view";
import { RefreshedRecord } from "@/components/ui/refreshed-record";
import type { QuotationView } from "@/lib/types/quotation";
import { requireSalesViewer, type Viewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { getStoredQuotation, refreshQuotation } from "@/server/services/quotations";
import { shownPrivileges } from "@/server/services/capabilities";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  return { title: (await getTranslations("quotation"))("title", { number: decodeURIComponent(number) }) };
}

/**
 * Quotation page at /quotations/{number} (CJ_NUM in the viewer's branch). Only the viewer's own
 * quotations resolve: anything else — another seller's, one the ERP deleted — is a 404, never a
 * hint that the number exists for someone else. The synced copy paints at once; the ERP's version
 * streams in (one the ERP deleted since the last sync then shows the not-found page).
 */
export default async function QuotationPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("quotations.view");
  const { number } = await params;
  const stored = await getStoredQuotation(viewer, decodeURIComponent(number));
  if (!stored) notFound();
  const privileges = shownPrivileges(viewer);
  return (
    <RefreshedRecord
      stored={<QuotationViewPage view={stored} privileges={privileges} refreshing />}
      live={liveQuotation(viewer, stored)}
    />
  );
}

async function liveQuotation(viewer: Viewer, stored: QuotationView) {
  const view = await refreshQuotation(viewer, stored);
  if (!view) notFound();
  return <QuotationViewPage view={view} privileges={shownPrivileges(viewer)} />;
}
