import type { Metadata } from "next";
import type { PjFormValues } from "@/components/sge/ops/pj/pj-contract-form";
import { LazyPjContractForm as PjContractForm } from "@/components/sge/ops/pj/pj-contract-form.island";
import { newFormColigada } from "@/lib/sge/ops/types";
import { requireSgeViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { sgeColigadas } from "@/server/services/sge-ops";
import { knownPjContract, pjClassOptions } from "@/server/services/sge-pj";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sgeOps.pj"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** Register a PJ contract on SGE, or update one the portal knows (`?coligada=&contract=&proposal=`). */
export default async function NewPjContractPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSgeViewer("enrol", "sge.pj");
  const params = await searchParams;
  const coligadas = sgeColigadas(viewer);
  const asked = Number(one(params.coligada));
  const coligada = coligadas.some((c) => c.code === asked) ? asked : newFormColigada(coligadas);
  const [t, classes, known] = await Promise.all([
    getTranslations("sgeOps.pj"),
    pjClassOptions(viewer),
    one(params.contract) && one(params.proposal)
      ? knownPjContract(viewer, coligada, one(params.contract), one(params.proposal))
      : Promise.resolve(null),
  ]);
  const r = known?.registered;
  const initial: PjFormValues = {
    coligada: known ? coligada : newFormColigada(coligadas),
    branch: r?.branch ?? "",
    contractNumber: known?.contractNumber ?? "",
    proposalNumber: known?.proposalNumber ?? "",
    cnpj: r?.cnpj ?? "",
    companyName: r?.companyName ?? "",
    value: r?.value ?? null,
    classCode: r?.classCode ?? "",
    periodId: r?.periodId ?? 0,
    offered: r?.offered ?? null,
    used: r?.used ?? 0,
  };
  return (
    <section aria-labelledby="pj-new-title" className="space-y-4">
      <h1 id="pj-new-title" className="text-2xl font-bold text-slate-900">
        {known ? t("editTitle") : t("newTitle")}
      </h1>
      {!classes.ok ? (
        <p
          role="alert"
          className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900"
        >
          {t("catalogueUnavailable")}
        </p>
      ) : null}
      <PjContractForm
        classes={classes.ok ? classes.data : []}
        coligadas={coligadas}
        initial={initial}
        editing={Boolean(known?.registered)}
      />
    </section>
  );
}
