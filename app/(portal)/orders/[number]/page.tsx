import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeletedOrderPage } from "@/components/orders/deleted-order";
import { OrderViewPage } from "@/components/orders/order-view";
import { RefreshedRecord } from "@/components/ui/refreshed-record";
import type { OrderView } from "@/lib/types/order";
import { requireSalesViewer, type Viewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { orderIssuer } from "@/server/services/order-issuer";
import { deletedOrder, getStoredOrder, refreshOrder } from "@/server/services/orders";
import { stockOfShortItems } from "@/server/services/stock";
import { shownPrivileges } from "@/server/services/capabilities";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  return { title: (await getTranslations("order"))("title", { number: decodeURIComponent(number) }) };
}

/**
 * Order page at /orders/{number} (C5_NUM in the viewer's branch). Only the viewer's own orders
 * resolve: anything else is a 404, never a hint that the number exists for another seller. An order
 * of the viewer's the ERP deleted says so (from the queue history), with nothing that acts on it.
 * The synced copy paints at once; the ERP's version (and then the stock of its short items) streams in.
 */
export default async function OrderPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("orders.view");
  const number = decodeURIComponent((await params).number);
  const stored = await getStoredOrder(viewer, number);
  if (!stored) {
    const deleted = await deletedOrder(viewer, number);
    if (deleted) return <DeletedOrderPage order={deleted} />;
    notFound();
  }
  const issuer = orderIssuer(viewer);
  const privileges = shownPrivileges(viewer);
  return (
    <RefreshedRecord
      stored={<OrderViewPage view={stored} issuer={issuer} privileges={privileges} refreshing />}
      live={liveOrder(viewer, stored, number)}
    />
  );
}

/** The order as the ERP has it now (or the synced copy, saying why); deleted in the ERP since the last sync: the deleted order. */
async function liveOrder(viewer: Viewer, stored: OrderView, number: string) {
  const view = await refreshOrder(viewer, stored);
  if (!view) {
    const deleted = await deletedOrder(viewer, number);
    if (deleted) return <DeletedOrderPage order={deleted} />;
    notFound();
  }
  return (
    <OrderViewPage
      view={view}
      issuer={orderIssuer(viewer)}
      stockNow={stockOfShortItems(viewer, view)}
      privileges={shownPrivileges(viewer)}
    />
  );
}
