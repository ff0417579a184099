import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContractSummary } from "@/components/sge/ops/finance/contract-summary";
import { LazyFinanceOperations as FinanceOperations } from "@/components/sge/ops/finance/finance-operations.island";
import { OperationHistory } from "@/components/sge/ops/finance/operation-history";
import { businessNow, businessToday } from "@/server/clock";
import { requireSgeViewer } from "@/server/auth/viewer";
import { getErpErrorText, getTranslations } from "@/server/i18n";
import { cashAccountsFor, loadContract } from "@/server/services/sge-finance-read";
import { financeHistory, sgeColigadas } from "@/server/services/sge-ops";
import { linkButton } from "@/components/ui/button";

type Params = Promise<{ coligada: string; xnumpro: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { xnumpro } = await params;
  return {
    title: (await getTranslations("sgeOps.finance"))("contractTitle", {
      xnumpro: decodeURIComponent(xnumpro).slice(0, 30),
    }),
  };
}

/** Business time (Brasília) as yyyymmddHHMMss: a default Protheus liquidation key that does not repeat. */
function stampNow(now = businessNow()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Sao_Paulo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}${get("month")}${get("day")}${get("hour")}${get("minute")}${get("second")}`;
}

/** One contract's finance (finance team): instalments, launches, settlements, agreements, the operations, and their history. */
export default async function FinanceContractPage({ params }: { params: Params }) {
  const viewer = await requireSgeViewer("finance", "sge.finance");
  const raw = await params;
  // A coligada the alias does not configure is not found (loadContract).
  const coligada = /^\d{1,4}$/.test(raw.coligada) ? Number(raw.coligada) : null;
  const xnumpro = decodeURIComponent(raw.xnumpro);
  if (!coligada || !xnumpro || xnumpro.length > 30) notFound();
  const [t, te, loaded] = await Promise.all([
    getTranslations("sgeOps.finance"),
    getTranslations("sgeOps.errors"),
    loadContract(viewer, coligada, xnumpro),
  ]);
  if (!loaded.ok && loaded.reason === "not_found") notFound();
  if (!loaded.ok) {
    return (
      <section aria-labelledby="contract-title" className="space-y-4">
        <h1 id="contract-title" className="text-2xl font-bold text-slate-900">
          {t("contractTitle", { xnumpro })}
        </h1>
        <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
          {loaded.reason === "unavailable" && loaded.message
            ? (await getErpErrorText())({ message: loaded.message, generic: loaded.generic })
            : te("unavailable")}
        </p>
      </section>
    );
  }
  const contract = loaded.data;
  const [accounts, history] = await Promise.all([
    cashAccountsFor(viewer, contract.coligada, contract.protheusBranch),
    financeHistory(viewer, contract.coligada, contract.xnumpro),
  ]);
  const today = businessToday();
  const ref = { coligada: contract.coligada, xnumpro: contract.xnumpro };
  return (
    <section aria-labelledby="contract-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="contract-title" className="text-2xl font-bold text-slate-900">
          {t("contractTitle", { xnumpro: contract.xnumpro })}
        </h1>
        <Link href="/sge/finance" className={linkButton.secondary}>
          {t("newSearch")}
        </Link>
      </div>
      {!accounts.ok ? (
        <p
          role="alert"
          className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900"
        >
          {t("accountsUnavailable")}
        </p>
      ) : null}
      <FinanceOperations
        contract={ref}
        protheusBranch={contract.protheusBranch}
        launches={contract.launches}
        agreements={contract.agreements}
        accounts={accounts.ok ? accounts.data : []}
        today={today}
        stamp={stampNow()}
        summary={<ContractSummary contract={contract} coligadas={sgeColigadas(viewer)} />}
        history={<OperationHistory entries={history} />}
      />
    </section>
  );
}
