import type { Metadata } from "next";
import { DraftList } from "@/components/orders/draft-list";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { listDrafts } from "@/server/services/order-drafts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderDrafts"))("title") };
}

/** The viewer's drafts: orders being typed (or sent and waiting for the ERP), to resume or discard. */
export default async function DraftsPage() {
  const viewer = await requireSalesViewer("orders.view");
  return <DraftList document="order" drafts={await listDrafts(viewer, "order")} mayAdd={can(viewer, "orders.add")} />;
}
