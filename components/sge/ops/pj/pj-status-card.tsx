"use client";

import { useTranslations } from "use-intl";
import type { PjContractStatus } from "@/lib/sge/ops/types";
import { useSgeFormat } from "../use-sge-format";

/** What ConsultContract said about one contract: vacancies, linked students, class dates, status, responsible. */
export function PjStatusCard({ status }: { status: PjContractStatus }) {
  const t = useTranslations("sgeOps.pj");
  const f = useSgeFormat();
  const rows: [string, string, string][] = [
    [t("offered"), String(status.offered), "pj-offered"],
    [t("used"), String(status.used), "pj-used"],
    [t("available"), String(status.available), "pj-available"],
    [t("linkedStudents"), String(status.linkedStudents), "pj-linked"],
    [t("classStart"), f.date(status.classStart), "pj-class-start"],
    [t("classEnd"), f.date(status.classEnd), "pj-class-end"],
    [t("status"), status.status || "—", "pj-status"],
    [t("responsible"), status.responsible || "—", "pj-responsible"],
  ];
  return (
    <article
      aria-label={t("statusOf", { contract: status.contractNumber, proposal: status.proposalNumber })}
      className="rounded-xl border border-slate-200 bg-slate-50 p-3"
      data-testid="pj-status"
    >
      <h3 className="font-semibold text-slate-900">
        {t("statusOf", { contract: status.contractNumber, proposal: status.proposalNumber })}
      </h3>
      <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        {rows.map(([label, value, testId]) => (
          <div key={testId}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium text-slate-900" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
