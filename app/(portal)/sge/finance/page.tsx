import type { Metadata } from "next";
import { ContractSearch } from "@/components/sge/ops/finance/contract-search";
import { ContractResults, RecentContracts } from "@/components/sge/ops/finance/contract-results";
import { fieldCodes } from "@/lib/field-errors";
import { contractSearchKinds, type ContractSearchKind } from "@/lib/sge/ops/limits";
import { contractSearchSchema } from "@/lib/sge/ops/schemas";
import { requireSgeViewer } from "@/server/auth/viewer";
import { getErpErrorText, getTranslations } from "@/server/i18n";
import { findContracts } from "@/server/services/sge-finance-read";
import { recentFinanceContracts, sgeColigadas } from "@/server/services/sge-ops";
import { fieldErrorWords } from "@/server/actions/create-action";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sgeOps.finance"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * SGE finance (finance team): find a contract by XNumPro, student RA or responsible CPF/CNPJ (as
 * typed: an RA without its zeros, an XNumPro in lower case); before a search, the contracts the
 * team worked on lately.
 */
export default async function FinancePage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSgeViewer("finance", "sge.finance");
  const params = await searchParams;
  const kind: ContractSearchKind = contractSearchKinds.find((k) => k === params.kind) ?? "xnumpro";
  const q = typeof params.q === "string" ? params.q : "";
  const searched = typeof params.q === "string";
  const [t, te] = await Promise.all([getTranslations("sgeOps.finance"), getTranslations("sgeOps.errors")]);
  const erpText = await getErpErrorText();
  const coligadas = sgeColigadas(viewer);
  let error: string | undefined;
  let results: Awaited<ReturnType<typeof findContracts>> | null = null;
  if (searched && !q.trim()) error = t("searchBlank");
  else if (searched) {
    const parsed = contractSearchSchema.safeParse({ kind, q });
    if (!parsed.success) error = (await fieldErrorWords({ q: fieldCodes(parsed.error).q ?? "invalid" })).q;
    else results = await findContracts(viewer, parsed.data);
  }
  return (
    <section aria-labelledby="finance-title" className="space-y-4">
      <h1 id="finance-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ContractSearch kind={kind} q={q} error={error} />
      {results ? (
        results.ok ? (
          <ContractResults results={results.data} coligadas={coligadas} />
        ) : (
          <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
            {results.reason === "unavailable" && results.message
              ? erpText({ message: results.message, generic: results.generic })
              : te("unavailable")}
          </p>
        )
      ) : (
        <RecentContracts contracts={await recentFinanceContracts(viewer)} coligadas={coligadas} />
      )}
    </section>
  );
}
