import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSgeViewer } from "@/server/auth/viewer";
import { getFormat, getTranslations } from "@/server/i18n";
import { loadEnrolment } from "@/server/services/sge-enrol-drafts";
import { linkButton } from "@/components/ui/button";
import { EnrolmentSituation } from "@/components/sge/enrolment-situation";
import { TechnicalText } from "@/components/ui/technical-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sgeEnrol.done"))("title") };
}

/** An enrolment's confirmation: RM's registration number, contract and situation, and the steps it took. */
export default async function EnrolmentPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSgeViewer("enrol", "sge.enrol");
  const { id } = await params;
  const enrolment = /^[0-9a-f-]{36}$/.test(id) ? await loadEnrolment(viewer, id) : null;
  if (!enrolment) notFound();
  const [t, tc, f] = await Promise.all([getTranslations("sgeEnrol"), getTranslations("common"), getFormat()]);
  const r = enrolment.result;
  return (
    <section aria-labelledby="enrolment-title" className="space-y-4">
      <h1 id="enrolment-title" className="text-2xl font-bold text-slate-900">
        {r ? t("done.title") : t(`states.${enrolment.state}`)}
      </h1>
      <p className="text-slate-800">{enrolment.summary}</p>
      {r ? (
        <>
          <dl
            className="grid gap-3 rounded-2xl border border-green-200 bg-green-50 p-4 sm:grid-cols-2"
            data-testid="enrolment-result"
          >
            {(
              [
                [t("done.ra"), r.ra],
                [t("done.xnumpro"), r.xnumpro],
                [t("done.contractStatus"), r.contractStatus],
                [t("done.start"), f.date(r.start)],
                [t("done.months"), t("done.monthsValue", { months: r.months })],
                [t("done.situation"), <EnrolmentSituation key="situation" situation={r.situation} />],
              ] as const
            ).map(([term, value]) => (
              <div key={term}>
                <dt className="text-sm text-slate-700">{term}</dt>
                <dd className="text-lg font-semibold text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          <div className="text-sm text-slate-800" data-testid="enrolment-branch">
            <TechnicalText
              text={t("done.branchRecorded")}
              detail={t("done.branchCodes", { sge: r.codFilial, protheus: r.protheusBranch })}
              detailsLabel={tc("details")}
            />
          </div>
        </>
      ) : (
        <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {enrolment.state === "failed"
            ? (enrolment.error ?? t("errors.sge_unavailable"))
            : enrolment.state === "interrupted"
              ? t("interruptedNotice")
              : t(`states.${enrolment.state}`)}
        </p>
      )}
      <section aria-labelledby="enrolment-steps" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="enrolment-steps" className="font-semibold text-slate-900">
          {t("done.history")}
        </h2>
        <ol className="mt-2 space-y-1 text-sm">
          {enrolment.steps.map((s, i) => (
            <li key={i} className={s.ok ? "text-slate-800" : "font-medium text-red-800"}>
              {f.dateTime(s.at)} ·{" "}
              {s.ok ? (
                // The portal's words; RM's own message ("…criado com Sucesso!") behind "detalhes".
                <TechnicalText
                  text={
                    s.kept
                      ? t("progress.kept", { step: t(`steps.${s.step === "enrolment" ? "contract" : s.step}`) })
                      : t(`progress.${s.step}`)
                  }
                  detail={s.message || null}
                  detailsLabel={tc("details")}
                />
              ) : (
                t("progress.failed", {
                  step: t(`steps.${s.step === "enrolment" ? "contract" : s.step}`),
                  message: s.message || t("errors.sge_unavailable"),
                })
              )}
            </li>
          ))}
        </ol>
      </section>
      <div className="flex flex-wrap gap-2">
        {enrolment.state === "failed" || enrolment.state === "draft" || enrolment.state === "interrupted" ? (
          <Link href={`/sge/enrolments/new?draft=${enrolment.id}`} className={linkButton.primary}>
            {t("resume")}
          </Link>
        ) : null}
        <Link href="/sge/enrolments/new" className={linkButton.secondary}>
          {t("done.another")}
        </Link>
        <Link href="/sge/enrolments" className={linkButton.secondary}>
          {t("done.list")}
        </Link>
      </div>
    </section>
  );
}
