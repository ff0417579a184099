import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LazyOrderForm as OrderForm } from "@/components/orders/form/order-form.island";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { orderFormContext } from "@/server/services/order-form-context";
import { newOrderInitial } from "@/server/services/order-form-initial";
import { syncStatus } from "@/server/services/sync";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderForm"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** New order: blank, from a customer page (`?customer=&store=`), a copy (`?copy=`) or a saved draft (`?draft=`). */
export default async function NewOrderPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer("orders.add");
  const params = await searchParams;
  const status = await syncStatus(viewer);
  if (!status.ready) redirect(`/loading?next=${encodeURIComponent("/orders/new")}`);
  const t = await getTranslations("orderForm.errors");
  if (!viewer.seller) {
    return (
      <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
        {t("no_seller")}
      </p>
    );
  }
  const context = await orderFormContext(viewer);
  const initial = await newOrderInitial(
    viewer,
    { draft: one(params.draft), copy: one(params.copy), customer: one(params.customer), store: one(params.store) },
    context,
  );
  return <OrderForm context={context} initial={initial} />;
}
