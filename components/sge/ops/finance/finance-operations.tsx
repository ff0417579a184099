"use client";

import type { ReactNode } from "react";
import type { CashAccount, Coligada, FinanceAgreement, FinanceLaunch } from "@/lib/sge/ops/types";
import { FeedbackProvider } from "../feedback";
import { AgreementForm } from "./agreement-form";
import { AgreementsPanel } from "./agreements-panel";
import { IncludeLaunchForm } from "./include-launch-form";
import { LaunchesPanel } from "./launches-panel";

/**
 * A contract's finance operations under the page's answer line (`FeedbackProvider`): launches and
 * their settlements, a new launch, agreements and a new one. `summary` and `history` are the page's
 * server-rendered parts (the contract and the operations' log), placed first and last.
 */
export function FinanceOperations({
  contract,
  protheusBranch,
  launches,
  agreements,
  accounts,
  today,
  stamp,
  summary,
  history,
}: {
  contract: { coligada: Coligada; xnumpro: string };
  protheusBranch: string;
  launches: FinanceLaunch[];
  agreements: FinanceAgreement[];
  accounts: CashAccount[];
  today: string;
  /** A default Protheus liquidation key for a new agreement (the page's business time). */
  stamp: string;
  summary: ReactNode;
  history: ReactNode;
}) {
  return (
    <FeedbackProvider>
      <div className="space-y-6">
        {summary}
        <LaunchesPanel contract={contract} launches={launches} accounts={accounts} today={today} />
        <IncludeLaunchForm contract={contract} protheusBranch={protheusBranch} accounts={accounts} today={today} />
        <AgreementsPanel contract={contract} agreements={agreements} today={today} />
        <AgreementForm contract={contract} launches={launches} today={today} stamp={stamp} />
        {history}
      </div>
    </FeedbackProvider>
  );
}
