import Link from "next/link";
import { linkButton } from "@/components/ui/button";
import { LazyPdfActions as PdfActions } from "@/components/ui/pdf-actions.island";
import { getTranslations } from "@/server/i18n";

/**
 * Above a quotation: back to My quotations, its PDF (download, share), a copy as a new quotation,
 * and the change while the ERP still allows one (open or expired).
 */
export async function QuotationToolbar({
  number,
  editable,
  mayCopy,
}: {
  number: string;
  /** Open or expired, and the ERP profile allows changing quotations. */
  editable: boolean;
  /** The ERP profile allows new quotations. */
  mayCopy: boolean;
}) {
  const t = await getTranslations("quotation");
  const path = encodeURIComponent(number);
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
      <Link
        href="/quotations"
        className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2"
      >
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <PdfActions
          url={`/api/quotations/${path}/pdf`}
          filename={t("pdf.file", { number })}
          labels={{
            download: t("pdf.download"),
            share: t("pdf.share"),
            sharing: t("pdf.sharing"),
            shareFailed: t("pdf.shareFailed"),
          }}
        />
        {mayCopy ? (
          <Link href={`/quotations/new?copy=${path}`} className={linkButton.secondary}>
            {t("actions.copy")}
          </Link>
        ) : null}
        {editable ? (
          <Link href={`/quotations/${path}/edit`} className={linkButton.secondary}>
            {t("actions.edit")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
