import Link from "next/link";
import { DiscardDraftButton } from "@/components/orders/discard-draft-button";
import { linkButton } from "@/components/ui/button";
import type { DraftSummary } from "@/lib/types/order-entry";
import { getErpErrorText, getFormat, getTranslations } from "@/server/i18n";
import { documentPath, type SalesDocument } from "./form/sales-document";

/**
 * "Meus rascunhos" of one document: orders or quotations being typed (or sent and waiting for the
 * ERP), to resume or discard. The order's words, with a quotation's where they differ.
 */
export async function DraftList({
  document,
  drafts,
  mayAdd,
}: {
  document: SalesDocument;
  drafts: DraftSummary[];
  /** The ERP profile allows new ones (lib/privileges.ts). */
  mayAdd: boolean;
}) {
  const [t, tq, f, erpText] = await Promise.all([
    getTranslations("orderDrafts"),
    getTranslations("quotationForm.drafts"),
    getFormat(),
    getErpErrorText(),
  ]);
  const base = documentPath[document];
  const quotation = document === "quotation";
  const resumeHref = (d: DraftSummary) =>
    d.kind === "edit" && d.orderNumber
      ? `${base}/${encodeURIComponent(d.orderNumber)}/edit`
      : `${base}/new?draft=${d.id}`;
  return (
    <section aria-labelledby="drafts-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="drafts-title" className="text-2xl font-bold text-slate-900">
            {t("title")}
          </h1>
          <p className="text-sm text-slate-600">{quotation ? tq("intro") : t("intro")}</p>
        </div>
        {mayAdd ? (
          <Link href={`${base}/new`} className={linkButton.primary}>
            {quotation ? tq("newDocument") : t("newOrder")}
          </Link>
        ) : null}
      </div>
      {drafts.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {quotation ? tq("empty") : t("empty")}
        </p>
      ) : (
        <ul className="space-y-3" data-testid="draft-list">
          {drafts.map((d) => (
            <li
              key={d.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-slate-200 bg-white p-4"
              data-testid="draft"
            >
              <div className="min-w-0">
                {/* Told apart by whom it is for, how big it is and when it was last touched. */}
                <p className="font-semibold text-slate-900" data-testid="draft-title">
                  {d.customerName || t("noCustomer")} · {t("lines", { count: d.lines })} ·{" "}
                  {t("updated", { time: f.dateTime(d.updatedAt) })}
                </p>
                <p className="text-sm text-slate-700">
                  {d.kind === "edit" && d.orderNumber
                    ? (quotation ? tq : t)("editDraft", { number: d.orderNumber })
                    : quotation
                      ? tq("newDraft")
                      : t("newDraft")}
                  {d.copiedFrom ? ` (${(quotation ? tq : t)("copyOf", { number: d.copiedFrom })})` : ""} ·{" "}
                  {f.money(d.total)} · {quotation && d.state === "done" ? tq("done") : t(`states.${d.state}`)}
                </p>
                {d.problem ? (
                  <p className="text-sm font-medium text-amber-800">
                    {d.problem.kind === "not_sent"
                      ? t("notSent")
                      : d.problem.kind === "already_sent"
                        ? t("alreadySent")
                        : t("rejected", { message: erpText(d.problem) })}
                  </p>
                ) : null}
              </div>
              <div className="flex gap-2">
                <Link href={resumeHref(d)} className={linkButton.primary}>
                  {d.state === "editing" ? t("resume") : t("follow")}
                  <span className="sr-only"> · {d.customerName || t("noCustomer")}</span>
                </Link>
                {d.state !== "submitting" ? (
                  <DiscardDraftButton id={d.id} label={t("discard")} confirm={t("discardConfirm")} />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
