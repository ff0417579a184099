import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LazyQuotationForm as QuotationForm } from "@/components/quotations/quotation-form.island";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { editQuotationInitial, quotationFormContext } from "@/server/services/quotation-form-initial";
import { getQuotation } from "@/server/services/quotations";

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  return { title: (await getTranslations("quotationForm"))("editTitle", { number: decodeURIComponent(number) }) };
}

/**
 * Change one of the viewer's quotations, read online now (its stamp guards the change): open or
 * expired (re-priced to a new validity). An unfinished edit is resumed; someone else's is a 404.
 */
export default async function EditQuotationPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("quotations.edit");
  const { number } = await params;
  const view = await getQuotation(viewer, decodeURIComponent(number));
  if (!view) notFound();
  const quotation = view.quotation;
  if (!view.editable || view.source !== "erp") {
    const t = await getTranslations("quotationForm");
    return (
      <div className="space-y-3">
        <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {view.source !== "erp" ? t("offline") : t("errors.locked")}
        </p>
        <Link
          href={`/quotations/${encodeURIComponent(quotation.number)}`}
          className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
        >
          {(await getTranslations("quotation"))("title", { number: quotation.number })}
        </Link>
      </div>
    );
  }
  const context = await quotationFormContext(viewer);
  const initial = await editQuotationInitial(viewer, quotation, context);
  return <QuotationForm context={context} initial={initial} />;
}
