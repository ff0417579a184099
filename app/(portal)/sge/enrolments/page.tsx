import type { Metadata } from "next";
import Link from "next/link";
import { DiscardDraftButton } from "@/components/orders/discard-draft-button";
import { requireSgeViewer } from "@/server/auth/viewer";
import { getFormat, getTranslations } from "@/server/i18n";
import { listEnrolments } from "@/server/services/sge-enrol-drafts";
import { linkButton } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sgeEnrol"))("title") };
}

const tone = {
  draft: "bg-slate-100 text-slate-800",
  submitting: "bg-amber-100 text-amber-900",
  interrupted: "bg-red-100 text-red-800",
  failed: "bg-red-100 text-red-800",
  enrolled: "bg-green-100 text-green-800",
} as const;

/** The rep's SESI/SENAI enrolments: drafts to resume, failed submissions to resend, confirmations. */
export default async function EnrolmentsPage() {
  const viewer = await requireSgeViewer("enrol", "sge.enrol");
  const [t, f, rows] = await Promise.all([getTranslations("sgeEnrol"), getFormat(), listEnrolments(viewer)]);
  return (
    <section aria-labelledby="enrolments-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="enrolments-title" className="text-2xl font-bold text-slate-900">
            {t("title")}
          </h1>
          <p className="text-sm text-slate-700">{t("intro")}</p>
        </div>
        <Link href="/sge/enrolments/new" className={linkButton.primary}>
          {t("newEnrolment")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="enrolment-list">
          {rows.map((r) => (
            <li
              key={r.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-slate-200 bg-white p-4"
              data-testid="enrolment"
            >
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">{r.summary || t("newTitle")}</p>
                <p className="text-sm text-slate-700">
                  <span className={`mr-2 rounded-full px-2 py-0.5 text-xs font-semibold ${tone[r.state]}`}>
                    {r.result?.situation || t(`states.${r.state}`)}
                  </span>
                  {r.result ? `RA ${r.result.ra} · ${r.result.xnumpro} · ` : ""}
                  {f.dateTime(r.updatedAt)}
                </p>
                {r.state === "failed" ? (
                  <p className="text-sm font-medium text-red-800">{r.error ?? t("errors.sge_unavailable")}</p>
                ) : null}
              </div>
              <div className="flex gap-2">
                <Link
                  href={
                    r.state === "enrolled" || r.state === "submitting"
                      ? `/sge/enrolments/${r.id}`
                      : `/sge/enrolments/new?draft=${r.id}`
                  }
                  className={linkButton.primary}
                >
                  {r.state === "enrolled" || r.state === "submitting" ? t("view") : t("resume")}
                  <span className="sr-only"> · {r.summary}</span>
                </Link>
                {r.state === "draft" || r.state === "failed" ? (
                  <DiscardDraftButton id={r.id} kind="enrolment" label={t("discard")} confirm={t("discardConfirm")} />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
