import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeletedOrderPage } from "@/components/orders/deleted-order";
import { OrderViewPage } from "@/components/orders/order-view";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { orderIssuer } from "@/server/services/order-issuer";
import { deletedOrder, getOrder } from "@/server/services/orders";
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
 */
export default async function OrderPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("orders.view");
  const { number } = await params;
  const view = await getOrder(viewer, decodeURIComponent(number));
  if (!view) {
    const deleted = await deletedOrder(viewer, decodeURIComponent(number));
    if (deleted) return <DeletedOrderPage order={deleted} />;
    notFound();
  }
  return (
    <OrderViewPage
      view={view}
      issuer={orderIssuer(viewer)}
      stockNow={await stockOfShortItems(viewer, view)}
      privileges={shownPrivileges(viewer)}
    />
  );
}
