"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { formatDocument } from "@/lib/br-documents";
import { codCfoOf } from "@/lib/sge/cod-cfo";
import type { WizardStep } from "@/lib/sge/enrolment-options";
import type { SgeInstitutionOffer } from "@/lib/types/sge";
import { usePersonLookup } from "./on-record";
import { addressLine } from "./person-on-record";
import { InstalmentPreview } from "./step-contract";
import type { EnrolmentValues } from "./values";

function Section({
  title,
  onEdit,
  editLabel,
  rows,
}: {
  title: string;
  onEdit: () => void;
  editLabel: string;
  /** Term, value and, for a value the form changed by itself, what it says about it (highlighted). */
  rows: ([string, string] | [string, string, string | null])[];
}) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{title}</h3>
        <button
          type="button"
          onClick={onEdit}
          className="min-h-11 rounded-lg px-3 text-sm font-semibold text-brand-700 underline hover:bg-slate-100"
        >
          {editLabel}
          <span className="sr-only">: {title}</span>
        </button>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        {rows.map(([term, value, auto]) => (
          <div key={term} className={auto ? "rounded-lg bg-amber-50 p-1 ring-1 ring-amber-300" : undefined}>
            <dt className="text-slate-600">{term}</dt>
            <dd className="font-medium text-slate-900">{value || "—"}</dd>
            {auto ? (
              <dd className="text-xs font-medium text-amber-900" data-testid="auto-changed">
                {auto}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Step 5: everything that will be sent, in the rep's words, each part one click from its step. */
export function StepReview({ offer, goTo }: { offer: SgeInstitutionOffer[]; goTo: (step: WizardStep) => void }) {
  const t = useTranslations("sgeEnrol");
  const format = useFormat();
  const { control } = useFormContext<EnrolmentValues>();
  const v = useWatch({ control }) as EnrolmentValues;
  const money = (cents: number) => format.money(cents || 0);
  const date = (iso: string) => format.date(iso, "");
  const institution = offer.find((o) => o.coligada === Number(v.offering.coligada));
  const offering = institution?.offerings.find((o) => o.matrixId === v.offering.idMatrizAplicada);
  const klass = offering?.classes.find((c) => c.classId === v.offering.turma);
  const branch = institution?.branches.find((b) => b.code === v.offering.codFilial);
  const subjects = klass?.subjects.filter((s) => v.offering.disciplinas.includes(s.code)).map((s) => s.name) ?? [];
  const edit = t("review.edit");
  // What the e-commerce toggle set by itself, with what it replaced.
  const before = v.contract.ecommerce ? v.contract.beforeEcommerce : undefined;
  const payment = (p: EnrolmentValues["contract"]["firstPayment"]) => t(`contract.payments.${p}`);
  type Replaced = NonNullable<EnrolmentValues["contract"]["beforeEcommerce"]>;
  const auto = <K extends keyof Replaced>(key: K, words: (value: Replaced[K]) => string) =>
    before && before[key] !== v.contract[key] ? t("contract.autoChanged", { before: words(before[key]) }) : null;
  // A person RM already has: what is not ticked is sent as RM holds it, so the review shows RM's (masked) value.
  const responsibleLookup = usePersonLookup("responsible", Number(v.offering.coligada), v.responsible.cpfCnpj).lookup;
  const studentLookup = usePersonLookup("student", Number(v.offering.coligada), v.student.cpf).lookup;
  const rRecord = v.responsible.onRecord && responsibleLookup?.status === "done" ? responsibleLookup.record : null;
  const sRecord = v.student.onRecord && studentLookup?.status === "done" ? studentLookup.record : null;
  const kept = (
    record: unknown,
    changes: readonly string[] | undefined,
    group: string,
    onRecord: string,
    typed: string,
  ) => (record && !(changes ?? []).includes(group) ? `${onRecord || "—"} (${t("onRecord.kept")})` : typed);
  const r = (group: string, onRecord: string, typed: string) =>
    kept(rRecord, v.responsible.changes, group, onRecord, typed);
  const st = (group: string, onRecord: string, typed: string) =>
    kept(sRecord, v.student.changes, group, onRecord, typed);
  return (
    <div className="grid gap-4">
      <p className="text-sm text-slate-700">{t("review.intro")}</p>
      <Section
        title={t("steps.offering")}
        editLabel={edit}
        onEdit={() => goTo("offering")}
        rows={[
          [t("offering.institution"), institution?.name ?? ""],
          [t("offering.branch"), branch ? `${branch.name} (${branch.protheusBranch})` : ""],
          [t("offering.course"), offering ? `${offering.courseName} · ${offering.period}` : ""],
          [t("offering.class"), klass ? `${klass.code} · ${date(klass.start)} – ${date(klass.end)}` : ""],
          [t("offering.subjects"), subjects.join(", ")],
        ]}
      />
      <Section
        title={t("steps.responsible")}
        editLabel={edit}
        onEdit={() => goTo("responsible")}
        rows={[
          [t("responsible.name"), r("name", rRecord?.name ?? "", v.responsible.name)],
          [t("responsible.document"), formatDocument(v.responsible.cpfCnpj)],
          [t("responsible.sgeCode"), rRecord?.codCfo ?? codCfoOf(v.responsible.cpfCnpj, v.responsible.store) ?? ""],
          [t("responsible.email"), r("email", rRecord?.email ?? "", v.responsible.email)],
          [
            t("address.title"),
            r(
              "address",
              rRecord ? addressLine(rRecord.address) : "",
              `${v.responsible.street}, ${v.responsible.number} ${v.responsible.complement} – ${v.responsible.district}, ${v.responsible.city}/${v.responsible.state}`,
            ),
          ],
          [t("responsible.mobile"), r("mobile", rRecord?.mobile ?? "", v.responsible.mobile)],
        ]}
      />
      <Section
        title={t("steps.student")}
        editLabel={edit}
        onEdit={() => goTo("student")}
        rows={[
          [t("student.name"), st("name", sRecord?.name ?? "", v.student.name)],
          [t("student.cpf"), formatDocument(v.student.cpf)],
          [t("student.birthDate"), st("birthDate", date(sRecord?.birthDate ?? ""), date(v.student.birthDate))],
          [
            t("student.birthCity"),
            st(
              "birthPlace",
              sRecord ? `${sRecord.birthCity}/${sRecord.birthState}` : "",
              `${v.student.birthCity}/${v.student.birthState}`,
            ),
          ],
          [t("student.email"), st("email", sRecord?.email ?? "", v.student.email)],
          [t("student.occupation"), t(`student.occupations.${v.student.occupation}` as "student.occupations.1")],
          [t("student.schoolType"), t(`student.schoolTypes.${v.student.schoolType}` as "student.schoolTypes.1")],
        ]}
      />
      <Section
        title={t("steps.contract")}
        editLabel={edit}
        onEdit={() => goTo("contract")}
        rows={[
          [t("contract.total"), money(v.contract.total)],
          [t("contract.instalments"), String(v.contract.instalments), auto("instalments", String)],
          [t("contract.institutionalDiscount"), money(v.contract.institutionalDiscount)],
          [t("contract.additionalDiscount"), money(v.contract.additionalDiscount)],
          [
            t("contract.firstPayment"),
            t(`contract.payments.${v.contract.firstPayment}`),
            auto("firstPayment", payment),
          ],
          [
            t("contract.otherPayments"),
            t(`contract.payments.${v.contract.otherPayments}`),
            auto("otherPayments", payment),
          ],
          [
            t("contract.ecommerce"),
            v.contract.ecommerce ? `${v.contract.card?.brand ?? ""} · ${v.contract.card?.instalments ?? 1}x` : "—",
          ],
        ]}
      />
      <InstalmentPreview values={v.contract} klass={klass} />
    </div>
  );
}
