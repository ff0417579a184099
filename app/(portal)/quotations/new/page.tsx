import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LazyQuotationForm as QuotationForm } from "@/components/quotations/quotation-form.island";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { newQuotationInitial, quotationFormContext } from "@/server/services/quotation-form-initial";
import { syncStatus } from "@/server/services/sync";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quotationForm"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * New quotation: blank, from a customer page (`?customer=&store=`), a prospect page (`?prospect=&store=`),
 * a copy of a quotation (`?copy=`), one of the rep's orders (`?order=`, "copiar como orçamento") or a
 * saved draft (`?draft=`).
 */
export default async function NewQuotationPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer("quotations.add");
  const params = await searchParams;
  const status = await syncStatus(viewer);
  if (!status.ready) redirect(`/loading?next=${encodeURIComponent("/quotations/new")}`);
  if (!viewer.seller) {
    const t = await getTranslations("quotationForm.errors");
    return (
      <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
        {t("no_seller")}
      </p>
    );
  }
  const context = await quotationFormContext(viewer);
  const initial = await newQuotationInitial(
    viewer,
    {
      draft: one(params.draft),
      copy: one(params.copy),
      order: one(params.order),
      customer: one(params.customer),
      store: one(params.store),
      prospect: one(params.prospect),
    },
    context,
  );
  return <QuotationForm context={context} initial={initial} />;
}
