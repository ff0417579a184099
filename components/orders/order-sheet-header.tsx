import { formatDocument } from "@/lib/br-documents";
import type { OrderIssuer } from "@/lib/types/order";
import { getFormat, getTranslations } from "@/server/i18n";

export type { OrderIssuer as OrderSheetIssuer } from "@/lib/types/order";

/** The printed sheet's letterhead: issuing company, CNPJ, branch and its address, seller, date. Print only. */
export async function OrderSheetHeader({ issuer }: { issuer: OrderIssuer }) {
  const [t, f] = await Promise.all([getTranslations("order"), getFormat()]);
  return (
    <div
      className="hidden border-b border-slate-400 pb-2 text-sm text-slate-900 print:block"
      data-testid="order-sheet-header"
    >
      <p className="text-base font-bold">{issuer.legalName || issuer.companyName}</p>
      <p>
        {[
          issuer.document ? t("sheet.document", { document: formatDocument(issuer.document) }) : "",
          t("sheet.branch", { code: issuer.branch.code.trim(), name: issuer.branch.name }),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {issuer.address ? <p>{issuer.address}</p> : null}
      <p className="mt-1 flex flex-wrap justify-between gap-x-4">
        {issuer.seller ? <span>{t("sheet.seller", { seller: issuer.seller })}</span> : null}
        <span>{t("sheet.issuedAt", { time: f.dateTime(issuer.issuedAt) })}</span>
      </p>
      <p className="mt-2 font-semibold">{t("mirror")}</p>
    </div>
  );
}
