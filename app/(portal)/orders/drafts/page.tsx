import type { Metadata } from "next";
import Link from "next/link";
import { DiscardDraftButton } from "@/components/orders/discard-draft-button";
import type { DraftSummary } from "@/lib/types/order-entry";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getErpErrorText, getFormat, getTranslations } from "@/server/i18n";
import { listDrafts } from "@/server/services/order-drafts";
import { linkButton } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orderDrafts"))("title") };
}

const resumeHref = (d: DraftSummary) =>
  d.kind === "edit" && d.orderNumber
    ? `/orders/${encodeURIComponent(d.orderNumber)}/edit`
    : `/orders/new?draft=${d.id}`;

/** The viewer's drafts: orders being typed (or sent and waiting for the ERP), to resume or discard. */
export default async function DraftsPage() {
  const viewer = await requireSalesViewer();
  const [t, f, erpText, drafts] = await Promise.all([
    getTranslations("orderDrafts"),
    getFormat(),
    getErpErrorText(),
    listDrafts(viewer),
  ]);
  return (
    <section aria-labelledby="drafts-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="drafts-title" className="text-2xl font-bold text-slate-900">
            {t("title")}
          </h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <Link href="/orders/new" className={linkButton.primary}>
          {t("newOrder")}
        </Link>
      </div>
      {drafts.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("empty")}</p>
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
                  {d.kind === "edit" && d.orderNumber ? t("editDraft", { number: d.orderNumber }) : t("newDraft")}
                  {d.copiedFrom ? ` (${t("copyOf", { number: d.copiedFrom })})` : ""} · {f.money(d.total)} ·{" "}
                  {t(`states.${d.state}`)}
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
