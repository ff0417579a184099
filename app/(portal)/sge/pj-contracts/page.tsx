import type { Metadata } from "next";
import Link from "next/link";
import { KnownPjContracts } from "@/components/sge/ops/pj/known-pj-contracts";
import { LazyPjConsult as PjConsult } from "@/components/sge/ops/pj/pj-consult.island";
import { requireSgeViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { sgeColigadas } from "@/server/services/sge-ops";
import { listKnownPjContracts } from "@/server/services/sge-pj";
import { linkButton } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sgeOps.pj"))("title") };
}

/** PJ contracts (sellers): consult one on SGE, register a new one, and the alias' known contracts. */
export default async function PjContractsPage() {
  const viewer = await requireSgeViewer("enrol", "sge.pj");
  const [t, contracts] = await Promise.all([getTranslations("sgeOps.pj"), listKnownPjContracts(viewer)]);
  return (
    <section aria-labelledby="pj-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="pj-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <Link href="/sge/pj-contracts/new" className={linkButton.primary}>
          {t("newContract")}
        </Link>
      </div>
      <p className="text-slate-700">{t("intro")}</p>
      <PjConsult />
      <KnownPjContracts contracts={contracts} coligadas={sgeColigadas(viewer)} />
    </section>
  );
}
