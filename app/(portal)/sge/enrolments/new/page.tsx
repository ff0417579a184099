import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LazyEnrolmentWizard as EnrolmentWizard } from "@/components/sge/enrol/enrolment-wizard.island";
import { emptyEnrolment, enrolmentFromDraft, stepOfDraft } from "@/components/sge/enrol/values";
import { businessToday } from "@/server/clock";
import { newFormColigada } from "@/lib/sge/ops/types";
import { newUuid } from "@/lib/uuid";
import { requireSgeViewer } from "@/server/auth/viewer";
import { erpRead } from "@/server/services/erp-read";
import { getErpErrorText, getTranslations } from "@/server/i18n";
import { enrolmentCatalogue } from "@/server/services/sge-enrol";
import { loadEnrolment } from "@/server/services/sge-enrol-drafts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sgeEnrol"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new enrolment, or a draft / failed submission resumed (`?draft=`). */
export default async function NewEnrolmentPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSgeViewer("enrol", "sge.enrol");
  const params = await searchParams;
  const t = await getTranslations("sgeEnrol");
  const draftParam = typeof params.draft === "string" && uuid.test(params.draft) ? params.draft : null;
  const draft = draftParam ? await loadEnrolment(viewer, draftParam) : null;
  if (draft && (draft.state === "enrolled" || draft.state === "submitting")) redirect(`/sge/enrolments/${draft.id}`);

  const catalogue = await erpRead(enrolmentCatalogue(viewer));
  if (!catalogue.ok)
    return (
      <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
        {t("unavailable", { message: (await getErpErrorText())(catalogue.words) })}
      </p>
    );
  const offer = catalogue.value;
  const today = businessToday();
  const coligada = newFormColigada(offer.map((o) => ({ code: o.coligada, name: o.name })));
  return (
    <section aria-labelledby="enrol-title" className="space-y-4">
      <h1 id="enrol-title" className="text-2xl font-bold text-slate-900">
        {t("newTitle")}
      </h1>
      <EnrolmentWizard
        canChangeBillingEmail={viewer.sge.finance}
        offer={offer}
        draftId={draft?.id ?? newUuid()}
        initialStep={draft ? stepOfDraft(draft.data) : "offering"}
        initialValues={draft ? enrolmentFromDraft(draft.data, today, coligada) : emptyEnrolment(today, coligada)}
        problem={
          draft?.state === "interrupted"
            ? { message: t("interruptedNotice") }
            : draft?.state === "failed"
              ? {
                  message: t(`errors.failed_${draft.step === "done" ? "enrolment" : draft.step}`, {
                    message: draft.error ?? t("errors.sge_unavailable"),
                  }),
                }
              : null
        }
      />
    </section>
  );
}
