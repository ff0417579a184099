"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { PjContractStatus } from "@/lib/sge/ops/types";
import { consultPjContractAction } from "@/server/actions/sge-ops";
import { FormError } from "../form-error";
import { useSgeForm } from "../use-sge-form";
import { PjStatusCard } from "./pj-status-card";
import { lazySgeSchema } from "../lazy-schema";

/** ConsultContract by contract and/or proposal number; the answer also refreshes the list below. */
export function PjConsult({ initial }: { initial?: { contractNumber: string; proposalNumber: string } }) {
  const t = useTranslations("sgeOps.pj");
  const router = useRouter();
  const [answers, setAnswers] = useState<PjContractStatus[] | null>(null);
  const { form, submit, fieldError, error, pending } = useSgeForm(
    lazySgeSchema("pjConsultFormSchema"),
    consultPjContractAction,
    initial ?? { contractNumber: "", proposalNumber: "" },
  );
  const consult = submit((result) => {
    setAnswers(result.data);
    router.refresh();
  });

  return (
    <section aria-labelledby="pj-consult-title" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="pj-consult-title" className="text-lg font-semibold text-slate-900">
        {t("consultTitle")}
      </h2>
      <form
        onSubmit={(e) => void consult(e)}
        noValidate
        className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
      >
        <Field
          id="consult-contract"
          label={t("contractNumber")}
          error={fieldError("contractNumber")}
          maxLength={20}
          {...form.register("contractNumber")}
        />
        <Field
          id="consult-proposal"
          label={t("proposalNumber")}
          error={fieldError("proposalNumber")}
          maxLength={20}
          {...form.register("proposalNumber")}
        />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? t("consulting") : t("consult")}
        </Button>
      </form>
      <p className="text-sm text-slate-600">{t("consultHint")}</p>
      <FormError text={error} />
      {answers ? (
        answers.length === 0 ? (
          <p role="status" className="text-sm text-slate-700">
            {t("consultEmpty")}
          </p>
        ) : (
          <ul className="space-y-3" aria-label={t("consultResults")}>
            {answers.map((a) => (
              <li key={`${a.contractNumber}|${a.proposalNumber}`}>
                <PjStatusCard status={a} />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
