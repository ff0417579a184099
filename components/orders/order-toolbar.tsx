import Link from "next/link";
import { getTranslations } from "@/server/i18n";
import { LazyOrderSheetActions as OrderSheetActions } from "./order-sheet-actions.island";

/** Above an order: back to My orders, its PDF (download, share) and the print of its sheet. */
export async function OrderToolbar({ number }: { number: string }) {
  const t = await getTranslations("order");
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
      <Link
        href="/orders"
        className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2"
      >
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <OrderSheetActions
          pdf={{
            url: `/api/orders/${encodeURIComponent(number)}/pdf`,
            filename: t("pdf.file", { number: number }),
            labels: {
              download: t("pdf.download"),
              share: t("pdf.share"),
              sharing: t("pdf.sharing"),
              shareFailed: t("pdf.shareFailed"),
            },
          }}
          print={t("print")}
        />
      </div>
    </div>
  );
}
