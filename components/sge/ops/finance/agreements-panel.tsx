"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Coligada, FinanceAgreement } from "@/lib/sge/ops/types";
import { cancelAgreementAction } from "@/server/actions/sge-ops";
import { useFeedback } from "../feedback";
import { useSgeAction } from "../use-sge-action";
import { useSgeFormat } from "../use-sge-format";
import { lazySgeSchema } from "../lazy-schema";

/** The contract's agreements (FACORDO); an active one may be cancelled only while none of its instalments is paid. */
export function AgreementsPanel({
  contract,
  agreements,
  today,
}: {
  contract: { coligada: Coligada; xnumpro: string };
  agreements: FinanceAgreement[];
  today: string;
}) {
  const t = useTranslations("sgeOps.finance");
  const f = useSgeFormat();
  const router = useRouter();
  const notify = useFeedback();
  const action = useSgeAction(lazySgeSchema("cancelAgreementSchema"), cancelAgreementAction);

  async function cancel(agreement: FinanceAgreement) {
    if (!window.confirm(t("cancelAgreementConfirm", { id: agreement.id, value: f.money(agreement.total) }))) return;
    const result = await action.submit({ ...contract, agreementId: agreement.id, date: today });
    if (result) {
      notify({ tone: "ok", text: t("done.agreementCancelled", { id: agreement.id }), detail: result.message });
      router.refresh();
    }
  }

  return (
    <section aria-labelledby="agreements-title" className="space-y-3">
      <h2 id="agreements-title" className="text-lg font-semibold text-slate-900">
        {t("agreementsTitle")}
      </h2>
      {action.error ? (
        <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
          {action.error}
        </p>
      ) : null}
      {agreements.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {t("agreementsEmpty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {agreements.map((a) => (
            <li
              key={a.id}
              className="rounded-2xl border border-slate-200 bg-white p-4"
              data-testid={`agreement-${a.id}`}
            >
              <h3 className="font-semibold text-slate-900">
                {t("agreementTitle", { id: a.id, liquidation: a.liquidationId })} ·{" "}
                {a.active ? t("agreementActive") : t("agreementCancelled", { date: f.date(a.cancelledOn) })}
              </h3>
              <p className="text-sm text-slate-700">
                {t("agreementLine", {
                  date: f.date(a.date),
                  total: f.money(a.total),
                  count: a.instalments,
                  discount: f.money(a.discount),
                  addition: f.money(a.addition),
                })}
              </p>
              <p className="text-sm text-slate-700">
                {t("agreementLaunches", {
                  originals: a.originals.join(", ") || "—",
                  generated: a.generated.join(", ") || "—",
                })}
              </p>
              {a.active ? (
                a.hasPaidInstalment ? (
                  <p className="mt-2 text-sm font-medium text-amber-900">{t("agreementPaid")}</p>
                ) : (
                  <Button
                    type="button"
                    variant="secondary"
                    className="mt-2 text-red-800"
                    disabled={action.pending}
                    onClick={() => void cancel(a)}
                  >
                    {t("cancelAgreement")}
                  </Button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
