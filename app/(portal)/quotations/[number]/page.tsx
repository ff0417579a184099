import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuotationViewPage } from "@/components/quotations/quotation-view";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { getQuotation } from "@/server/services/quotations";
import { shownPrivileges } from "@/server/services/capabilities";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  return { title: (await getTranslations("quotation"))("title", { number: decodeURIComponent(number) }) };
}

/**
 * Quotation page at /quotations/{number} (CJ_NUM in the viewer's branch). Only the viewer's own
 * quotations resolve: anything else — another seller's, one the ERP deleted — is a 404, never a
 * hint that the number exists for someone else.
 */
export default async function QuotationPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("quotations.view");
  const { number } = await params;
  const view = await getQuotation(viewer, decodeURIComponent(number));
  if (!view) notFound();
  return <QuotationViewPage view={view} privileges={shownPrivileges(viewer)} />;
}
