import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LazyOrderForm as OrderForm } from "@/components/orders/form/order-form.island";
import { isEditable, stockHolds } from "@/lib/types/order";
import type { OrderFormInitial } from "@/lib/types/order-entry";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { editDraftOf } from "@/server/services/order-drafts";
import { formFromOrder, orderCustomer, orderFormContext } from "@/server/services/order-form-context";
import { initialFromDraft } from "@/server/services/order-form-initial";
import { getOrder } from "@/server/services/orders";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  return { title: (await getTranslations("orderForm"))("editTitle", { number: decodeURIComponent(number) }) };
}

/**
 * Edit one of the viewer's open orders, read online now (its stamp guards the change). An
 * unfinished edit of the same order is resumed; someone else's order is a 404.
 */
export default async function EditOrderPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("orders.edit");
  const { number } = await params;
  const view = await getOrder(viewer, decodeURIComponent(number));
  if (!view) notFound();
  const t = await getTranslations("orderActions");
  const order = view.order;
  if (!isEditable(order.status) || view.source !== "erp") {
    return (
      <div className="space-y-3">
        <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {view.source !== "erp" ? t("offline") : t("locked")}
        </p>
        <Link
          href={`/orders/${encodeURIComponent(order.number)}`}
          className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
        >
          {(await getTranslations("order"))("title", { number: order.number })}
        </Link>
      </div>
    );
  }
  const context = await orderFormContext(viewer);
  const draft = await editDraftOf(viewer, order.id);
  const initial: Omit<OrderFormInitial, "stockHolds"> = draft
    ? await initialFromDraft(viewer, draft)
    : {
        draftId: null,
        kind: "edit",
        orderNumber: order.number,
        stamp: order.stamp,
        values: await formFromOrder(viewer, order, "edit", context),
        customer: await orderCustomer(viewer, order.customer, order.store),
        problem: null,
        queueId: null,
        savedAt: null,
        origin: "edit",
        copiedFrom: null,
      };
  // Read now, with the order: what its items reserve comes back to the stock the ERP checks on save.
  return <OrderForm context={context} initial={{ ...initial, stockHolds: stockHolds(order) }} />;
}
