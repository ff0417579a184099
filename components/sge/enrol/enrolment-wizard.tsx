"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { useTranslations } from "use-intl";
import { IslandMarker } from "@/components/island-marker";
import { Button } from "@/components/ui/button";
import { lazyZodResolver, onFirstInput } from "@/components/ui/lazy-resolver";
import { SaveStatus } from "@/components/ui/save-status";
import { useDraftAutosave } from "@/components/ui/use-draft-autosave";
import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import { WIZARD_STEPS, type WizardStep } from "@/lib/sge/enrolment-options";
import type { SgeInstitutionOffer } from "@/lib/types/sge";
import { saveEnrolmentDraftAction, submitEnrolmentAction } from "@/server/actions/sge-enrol";
import { SERVER_MESSAGE } from "./fields";
import { OnRecordProvider, useOnRecordContext } from "./on-record-context";
import { StepOffering } from "./step-offering";
import type { EnrolmentValues } from "./values";

// Steps 2–5 load after the first (what the rep sees first), so the wizard's island hydrates sooner,
// and the document helpers travel with the steps that use them.
const StepResponsible = lazy(() => import("./step-people").then((m) => ({ default: m.StepResponsible })));
const StepStudent = lazy(() => import("./step-people").then((m) => ({ default: m.StepStudent })));
const StepContract = lazy(() => import("./step-contract").then((m) => ({ default: m.StepContract })));
const StepReview = lazy(() => import("./step-review").then((m) => ({ default: m.StepReview })));

/** Each step validates with the server's own schema (zod/mini), loaded right after the page. */
const { resolver, preload: preloadSchema } = lazyZodResolver<EnrolmentValues, EnrolmentForm>(() =>
  import("@/lib/sge/enrolment-form").then((m) => m.enrolmentFormSchema),
);

/** A submission that failed earlier (from the store): the wizard opens on the review with SGE's words. */
type Problem = { message: string } | null;

type Props = {
  offer: SgeInstitutionOffer[];
  draftId: string;
  /** Where a resumed draft was left (saved with the draft): it reopens there. */
  initialStep: WizardStep;
  initialValues: EnrolmentValues;
  problem: Problem;
};

/**
 * The enrolment wizard: offering → financial responsible → student → contract and payment →
 * review → submit. Each step is validated with the server's own schema before moving on; the
 * whole form is a draft saved as the rep types; a failed submission resumes from its step.
 * A finance login (or an administrator) may change an existing responsible's billing e-mail
 * (`canChangeBillingEmail`); the server re-checks.
 */
export function EnrolmentWizard({ canChangeBillingEmail, ...props }: Props & { canChangeBillingEmail: boolean }) {
  return (
    <OnRecordProvider canChangeBillingEmail={canChangeBillingEmail}>
      <Wizard {...props} />
    </OnRecordProvider>
  );
}

function Wizard({ offer, draftId, initialStep, initialValues, problem: initialProblem }: Props) {
  const t = useTranslations("sgeEnrol");
  const router = useRouter();
  const [step, setStep] = useState<WizardStep>(initialProblem ? "review" : initialStep);
  const [failed, setFailed] = useState(Boolean(initialProblem));
  const [banner, setBanner] = useState<string | null>(initialProblem?.message ?? null);
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef<WizardStep>(step);
  const methods = useForm<EnrolmentValues, unknown, EnrolmentForm>({
    resolver,
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const { forget } = useOnRecordContext();
  const { control, trigger, getValues, setError, clearErrors } = methods;
  const [coligada, matrix, turma] = useWatch({
    control,
    name: ["offering.coligada", "offering.idMatrizAplicada", "offering.turma"],
  });
  const institution = offer.find((o) => o.coligada === Number(coligada));
  const offering = institution?.offerings.find((o) => o.matrixId === matrix);
  const klass = offering?.classes.find((c) => c.classId === turma);
  // The course's terms travel with the form, so each step checks them with the server's schema.
  const [maxInstalments, classStart, classEnd] = [offering?.maxInstalments, klass?.start, klass?.end];
  useEffect(() => {
    const terms =
      maxInstalments !== undefined && classStart !== undefined
        ? { maxInstalments, classStart, classEnd: classEnd ?? "" }
        : undefined;
    methods.setValue("offering.terms", terms);
  }, [methods, maxInstalments, classStart, classEnd]);
  // Lists show "student · course": the course name travels with the draft (display only).
  const unit = institution?.branches.find((b) => b.code === offering?.branchCode);
  const summary = offering
    ? `${institution?.name ?? ""} ${offering.courseName}${klass ? ` (${klass.code})` : ""}${unit ? ` · ${unit.name}` : ""}`
    : "";

  const autosave = useDraftAutosave({
    draftId,
    send: (data) => saveEnrolmentDraftAction({ id: draftId, data }),
    enabled: !sending,
    data: () => ({ ...getValues(), summary, step: stepRef.current }),
    onFirstSave: rememberDraftInUrl,
  });
  // A reload (or the link kept by the browser) comes back to this draft, once the server has it.
  function rememberDraftInUrl() {
    window.history.replaceState(null, "", `/sge/enrolments/new?draft=${draftId}`);
  }
  const changed = autosave.changed;
  // A field flagged by "Continuar" is checked again as it changes: its message goes the moment the
  // value is valid (issue 16 item 9), and a field never flagged is not scolded while being typed.
  useEffect(
    () =>
      methods.subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          changed();
          if (name && methods.getFieldState(name as FieldPath<EnrolmentValues>).invalid)
            void trigger(name as FieldPath<EnrolmentValues>);
        },
      }),
    [methods, changed, trigger],
  );
  // The schema and the next steps load while the rep works on the first one.
  useEffect(() => preloadSchema(), []);
  useEffect(
    () =>
      onFirstInput(() => {
        void import("./step-people");
        void import("./step-contract");
        void import("./step-review");
      }),
    [],
  );

  const index = WIZARD_STEPS.indexOf(step);
  function goTo(next: WizardStep) {
    setStep(next);
    // The draft remembers the step, so a resumed draft reopens where the rep left it.
    stepRef.current = next;
    changed();
    requestAnimationFrame(() => heading.current?.focus());
  }

  async function next() {
    if (step === "review") return;
    const ok = await trigger(step as Exclude<WizardStep, "review">, { shouldFocus: true });
    if (ok) goTo(WIZARD_STEPS[index + 1]!);
  }

  async function submit() {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setBanner(null);
    clearErrors();
    try {
      const result = await submitEnrolmentAction({ id: draftId, data: { ...getValues(), summary } });
      if (result.ok) {
        autosave.forget();
        router.push(`/sge/enrolments/${draftId}`);
        return;
      }
      // The submit saved the draft first, whatever SGE answered (even before the first autosave).
      if (result.fieldErrors || result.code === "not_sent" || result.code === "locked") rememberDraftInUrl();
      if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load: the session is gone
        window.location.assign("/login?expired=1");
        return;
      }
      if (result.fieldErrors) {
        const paths = Object.keys(result.fieldErrors);
        for (const [path, code] of Object.entries(result.fieldErrors))
          setError(path as FieldPath<EnrolmentValues>, {
            message: code.includes(" ") ? `${SERVER_MESSAGE}${code}` : code,
          });
        // RM has a person the wizard did not show (created meanwhile, or a stale draft): read them again, so the step shows the record.
        if (result.fieldErrors["responsible.cpfCnpj"] === "on_record") forget("responsible");
        if (result.fieldErrors["student.cpf"] === "on_record") forget("student");
        const first = WIZARD_STEPS.find((s) => paths.some((p) => p.startsWith(`${s}.`)));
        if (first) goTo(first);
      }
      setFailed(result.code === "not_sent");
      setBanner(result.error);
    } catch {
      setBanner(t("save.offline"));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === "review") void submit();
          else void next();
        }}
        className="grid gap-4"
      >
        <ol className="flex flex-wrap gap-2 text-sm" aria-label={t("newTitle")}>
          {WIZARD_STEPS.map((s, i) => (
            <li
              key={s}
              aria-current={s === step ? "step" : undefined}
              className={`rounded-full px-3 py-1 ${s === step ? "bg-brand-600 font-semibold text-white" : i < index ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-700"}`}
            >
              {i + 1}. {t(`steps.${s}`)}
            </li>
          ))}
        </ol>
        <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
          {t("stepOf", { current: index + 1, total: WIZARD_STEPS.length, name: t(`steps.${step}`) })}
        </h2>
        {banner ? (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800">
            {banner}
          </div>
        ) : null}
        {step === "offering" ? <StepOffering offer={offer} /> : null}
        <Suspense fallback={<p className="text-sm text-slate-700">{t("loadingStep")}</p>}>
          {/* A reload on steps 2–5: the page is ready once this step's code has hydrated too. */}
          <IslandMarker />
          {step === "responsible" ? <StepResponsible /> : null}
          {step === "student" ? <StepStudent /> : null}
          {step === "contract" ? <StepContract klass={klass} maxInstalments={offering?.maxInstalments} /> : null}
          {step === "review" ? <StepReview offer={offer} goTo={goTo} /> : null}
        </Suspense>
        <SaveStatus state={autosave.state} namespace="sgeEnrol.save" />
        <div className="flex flex-wrap justify-between gap-2">
          <Button
            type="button"
            variant="secondary"
            disabled={index === 0 || sending}
            onClick={() => goTo(WIZARD_STEPS[index - 1]!)}
          >
            {t("back")}
          </Button>
          {step === "review" ? (
            <Button type="submit" disabled={sending} aria-busy={sending}>
              {sending ? t("submitting") : failed ? t("retry") : t("submit")}
            </Button>
          ) : (
            <Button type="submit">{t("next")}</Button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
