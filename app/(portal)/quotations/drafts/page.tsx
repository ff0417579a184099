import type { Metadata } from "next";
import { DraftList } from "@/components/orders/draft-list";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { refreshActivity } from "@/server/services/notifications";
import { listDrafts } from "@/server/services/order-drafts";
import { settleFinishedQuotationDrafts } from "@/server/services/quotation-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderDrafts"))("title") };
}

/** The viewer's quotation drafts: being typed (or sent and waiting for the ERP), to resume or discard. */
export default async function QuotationDraftsPage() {
  const viewer = await requireSalesViewer("quotations.view");
  // What the ERP's job finished since (the quotation queue's small diffs), settled before the list is read.
  await refreshActivity(viewer, "quotation");
  await settleFinishedQuotationDrafts(viewer);
  return (
    <DraftList
      document="quotation"
      drafts={await listDrafts(viewer, "quotation")}
      mayAdd={can(viewer, "quotations.add")}
    />
  );
}
