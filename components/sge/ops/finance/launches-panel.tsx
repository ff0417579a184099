"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { CashAccount, Coligada, FinanceLaunch } from "@/lib/sge/ops/types";
import { cancelLaunchAction, cancelSettlementAction } from "@/server/actions/sge-ops";
import { useFeedback } from "../feedback";
import { useSgeAction } from "../use-sge-action";
import { useSgeFormat } from "../use-sge-format";
import { LaunchStatusBadge } from "./launch-status";
import { daysLate } from "@/lib/sge/ops/amounts";
import { NossoNumeroForm } from "./nosso-numero-form";
import { SettleForm } from "./settle-form";
import { lazySgeSchema } from "../lazy-schema";

type Ref = { coligada: Coligada; xnumpro: string };
type Open = { launchId: number; kind: "settle" | "nosso" } | null;

/** The contract's launches (FLAN) as cards, each with its settlements and the operations RM allows in its state. */
export function LaunchesPanel({
  contract,
  launches,
  accounts,
  today,
}: {
  contract: Ref;
  launches: FinanceLaunch[];
  accounts: CashAccount[];
  today: string;
}) {
  const t = useTranslations("sgeOps.finance");
  const f = useSgeFormat();
  const router = useRouter();
  const notify = useFeedback();
  const [open, setOpen] = useState<Open>(null);
  const cancelLaunch = useSgeAction(lazySgeSchema("cancelLaunchSchema"), cancelLaunchAction);
  const cancelSettlement = useSgeAction(lazySgeSchema("cancelSettlementSchema"), cancelSettlementAction);

  // The portal's words for what RM did; RM's own message goes behind "detalhes".
  const done = (text: string, detail: string) => {
    setOpen(null);
    notify({ tone: "ok", text, detail });
    router.refresh();
  };

  async function cancelLaunchOf(launch: FinanceLaunch) {
    if (!window.confirm(t("cancelLaunchConfirm", { id: launch.id, value: f.money(launch.original) }))) return;
    const result = await cancelLaunch.submit({ ...contract, launchId: launch.id, date: today });
    if (result) done(t("done.launchCancelled", { id: launch.id }), result.message);
  }

  async function cancelSettlementOf(launch: FinanceLaunch, settlementId: number, amount: number) {
    if (!window.confirm(t("cancelSettlementConfirm", { id: settlementId, launch: launch.id, value: f.money(amount) })))
      return;
    const result = await cancelSettlement.submit({ ...contract, launchId: launch.id, settlementId, date: today });
    if (result) done(t("done.settlementCancelled", { id: settlementId, launch: launch.id }), result.message);
  }

  const busy = cancelLaunch.pending || cancelSettlement.pending;
  const rowError = cancelLaunch.error ?? cancelSettlement.error;

  return (
    <section aria-labelledby="launches-title" className="space-y-3">
      <h2 id="launches-title" className="text-lg font-semibold text-slate-900">
        {t("launchesTitle")}
      </h2>
      {rowError ? (
        <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
          {rowError}
        </p>
      ) : null}
      {launches.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {t("launchesEmpty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {launches.map((launch) => {
            const late = launch.status === "open" ? daysLate(launch.dueDate, today) : 0;
            return (
              <li
                key={launch.id}
                className="rounded-2xl border border-slate-200 bg-white p-4"
                data-testid={`launch-${launch.id}`}
                aria-labelledby={`launch-${launch.id}-title`}
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 id={`launch-${launch.id}-title`} className="font-semibold text-slate-900">
                    {t("launchTitle", {
                      id: launch.id,
                      key: `${launch.branch} ${launch.prefix}-${launch.number}/${launch.instalment} ${launch.type}`
                        .replace(/\s+/g, " ")
                        .trim(),
                    })}
                  </h3>
                  <LaunchStatusBadge
                    status={launch.status}
                    overdue={late > 0}
                    label={
                      (late > 0 ? t("overdue", { days: late }) : t(`status.${launch.status}`)) +
                      (launch.settledByAgreement ? ` · ${t("byAgreement")}` : "")
                    }
                  />
                </div>
                <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4 lg:grid-cols-7">
                  <Fact label={t("dueDate")} value={f.date(launch.dueDate)} />
                  <Fact label={t("original")} value={f.money(launch.original)} />
                  <Fact label={t("scholarship")} value={f.money(launch.scholarship)} />
                  <Fact label={t("settledValue")} value={f.money(launch.settled)} />
                  <Fact label={t("salesOrder")} value={launch.salesOrder ?? "—"} />
                  <Fact
                    label={t("nossoNumero")}
                    value={launch.nossoNumero ?? "—"}
                    testId={`launch-${launch.id}-nosso`}
                  />
                  <Fact label={t("agreement")} value={launch.agreementId ? String(launch.agreementId) : "—"} />
                </dl>
                {launch.settlements.length ? (
                  <div className="mt-3">
                    <h4 className="text-sm font-semibold text-slate-900">{t("settlementsTitle")}</h4>
                    <ul className="mt-1 divide-y divide-slate-200 text-sm">
                      {launch.settlements.map((s) => (
                        <li
                          key={s.id}
                          className="flex flex-wrap items-center justify-between gap-2 py-2"
                          data-testid={`settlement-${s.id}`}
                        >
                          <div>
                            <p className="font-medium text-slate-900">
                              {t("settlementLine", { id: s.id, date: f.date(s.date), value: f.money(s.amount) })}
                              {s.byAgreement ? ` · ${t("byAgreement")}` : ""}
                              {s.cancelled ? ` · ${t("settlementCancelled", { date: f.date(s.cancelledOn) })}` : ""}
                            </p>
                            <p className="text-slate-700">
                              {t("settlementBreakdown", {
                                interest: f.money(s.interest),
                                fine: f.money(s.fine),
                                discount: f.money(s.discount),
                              })}{" "}
                              ·{" "}
                              {s.noMovementAccount
                                ? t("noMovementShort", { code: s.noMovementAccount })
                                : s.bank
                                  ? t("bankShort", { bank: s.bank, agency: s.agency ?? "", account: s.account ?? "" })
                                  : "—"}
                            </p>
                          </div>
                          {!s.cancelled && !s.byAgreement ? (
                            <Button
                              type="button"
                              variant="secondary"
                              className="text-sm text-red-800"
                              disabled={busy}
                              onClick={() => void cancelSettlementOf(launch, s.id, s.amount)}
                            >
                              {t("cancelSettlement")}
                            </Button>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <div className="mt-3 flex flex-wrap gap-2">
                  {launch.status === "open" ? (
                    <>
                      <Button
                        type="button"
                        aria-expanded={open?.launchId === launch.id && open.kind === "settle"}
                        onClick={() =>
                          setOpen(
                            open?.launchId === launch.id && open.kind === "settle"
                              ? null
                              : { launchId: launch.id, kind: "settle" },
                          )
                        }
                      >
                        {t("settle")}
                      </Button>
                      <Button
                        type="button"
                        variant="secondary"
                        className="text-red-800"
                        disabled={busy}
                        onClick={() => void cancelLaunchOf(launch)}
                      >
                        {t("cancelLaunch")}
                      </Button>
                    </>
                  ) : null}
                  {launch.status !== "cancelled" ? (
                    <Button
                      type="button"
                      variant="secondary"
                      aria-expanded={open?.launchId === launch.id && open.kind === "nosso"}
                      onClick={() =>
                        setOpen(
                          open?.launchId === launch.id && open.kind === "nosso"
                            ? null
                            : { launchId: launch.id, kind: "nosso" },
                        )
                      }
                    >
                      {t("changeNossoNumero")}
                    </Button>
                  ) : null}
                </div>
                {open?.launchId === launch.id && open.kind === "settle" ? (
                  <SettleForm
                    contract={contract}
                    launch={launch}
                    accounts={accounts}
                    today={today}
                    onDone={(message) => done(t("done.settled", { id: launch.id }), message)}
                    onClose={() => setOpen(null)}
                  />
                ) : null}
                {open?.launchId === launch.id && open.kind === "nosso" ? (
                  <NossoNumeroForm
                    contract={contract}
                    launch={launch}
                    onDone={(message) => done(t("done.nossoNumero", { id: launch.id }), message)}
                    onClose={() => setOpen(null)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
