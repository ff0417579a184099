import Link from "next/link";
import {
  coligadaLabel,
  type FinanceContractSummary,
  type RecentFinanceContract,
  type SgeColigada,
} from "@/lib/sge/ops/types";
import { getFormat, getTranslations } from "@/server/i18n";

/** The link to a contract's finance page, as every list of contracts shows it. */
function ContractLink({ coligada, xnumpro, label }: { coligada: number; xnumpro: string; label: string }) {
  return (
    <Link
      href={`/sge/finance/${coligada}/${encodeURIComponent(xnumpro)}`}
      className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
    >
      {label}
    </Link>
  );
}

/** Contracts found: one card each, linking to the contract's finance page. */
export async function ContractResults({
  results,
  coligadas,
}: {
  results: FinanceContractSummary[];
  coligadas: SgeColigada[];
}) {
  const [t, tc, f] = await Promise.all([
    getTranslations("sgeOps.finance"),
    getTranslations("sgeOps.common"),
    getFormat(),
  ]);
  if (!results.length)
    return (
      <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
        {t("searchEmpty", { coligadas: coligadas.map((c) => c.name).join(", ") })}
      </p>
    );
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label={t("searchResults", { count: results.length })}>
      {results.map((c) => (
        <li key={`${c.coligada}-${c.xnumpro}`} className="rounded-2xl border border-slate-200 bg-white p-4">
          <ContractLink coligada={c.coligada} xnumpro={c.xnumpro} label={t("contractLink", { xnumpro: c.xnumpro })} />
          <p className="text-sm text-slate-700">
            {coligadaLabel(coligadas, c.coligada, tc)} · {c.courseName}
          </p>
          <p className="text-sm text-slate-700">
            {t("resultLine", { student: c.studentName, ra: c.ra, responsible: c.responsibleName })}
          </p>
          <p className="text-sm text-slate-700">
            {c.status} · {f.money(c.total)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Where the finance team left off: the contracts operated on lately, before any search. */
export async function RecentContracts({
  contracts,
  coligadas,
}: {
  contracts: RecentFinanceContract[];
  coligadas: SgeColigada[];
}) {
  const [t, tc, f] = await Promise.all([
    getTranslations("sgeOps.finance"),
    getTranslations("sgeOps.common"),
    getFormat(),
  ]);
  return (
    <section aria-labelledby="recent-title" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="recent-title" className="text-lg font-semibold text-slate-900">
        {t("recentTitle")}
      </h2>
      {contracts.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("recentEmpty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200" data-testid="recent-contracts">
          {contracts.map((c) => (
            <li key={`${c.coligada}-${c.xnumpro}`} className="py-1">
              <ContractLink
                coligada={c.coligada}
                xnumpro={c.xnumpro}
                label={t("contractLink", { xnumpro: c.xnumpro })}
              />
              <p className="text-sm text-slate-700">
                {t("recentLine", { coligada: coligadaLabel(coligadas, c.coligada, tc), time: f.dateTime(c.at) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
