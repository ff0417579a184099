import Link from "next/link";
import type { FinanceContractSummary } from "@/lib/sge/ops/types";
import { getFormat, getTranslations } from "@/server/i18n";

/** Contracts found: one card each, linking to the contract's finance page. */
export async function ContractResults({ results }: { results: FinanceContractSummary[] }) {
  const [t, tc, f] = await Promise.all([
    getTranslations("sgeOps.finance"),
    getTranslations("sgeOps.common"),
    getFormat(),
  ]);
  if (!results.length)
    return (
      <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
        {t("searchEmpty")}
      </p>
    );
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label={t("searchResults", { count: results.length })}>
      {results.map((c) => (
        <li key={`${c.coligada}-${c.xnumpro}`} className="rounded-2xl border border-slate-200 bg-white p-4">
          <Link
            href={`/sge/finance/${c.coligada}/${encodeURIComponent(c.xnumpro)}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
          >
            {t("contractLink", { xnumpro: c.xnumpro })}
          </Link>
          <p className="text-sm text-slate-700">
            {tc(`coligada${c.coligada}`)} · {c.courseName}
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
