import { getTranslations } from "@/server/i18n";

/**
 * "Orçamento NNNNNN excluído no ERP": what the quotation page's delete leaves the rep with once the
 * ERP carried it out (it sends them to `/quotations?deleted=NNNNNN`). The list page shows it only
 * when the viewer's synced queue holds that finished delete (`deleted`), never on the URL's word.
 */
export async function QuotationDeletedNotice({ number, deleted }: { number: string; deleted: boolean }) {
  if (!deleted) return null;
  const t = await getTranslations("quotation");
  return (
    <p
      role="status"
      className="rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium text-emerald-950"
      data-testid="quotation-deleted"
    >
      {t("deletedNotice", { number })}
    </p>
  );
}
