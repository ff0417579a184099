import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LazyProspectList as ProspectList } from "@/components/prospects/prospect-list.island";
import Link from "next/link";
import { LazySyncIndicator as SyncIndicator } from "@/components/sync/sync-indicator.island";
import { linkButton } from "@/components/ui/button";
import { loadProspectListParams, prospectQueryOf } from "@/lib/list-search-params";
import { isUf } from "@/lib/br-registration";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { listProspects, prospectUfs } from "@/server/services/prospects";
import { syncStatus } from "@/server/services/sync";
import { FeatureMissing } from "@/components/capabilities/feature-missing";
import { offers } from "@/server/services/capabilities";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("prospects"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProspectsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer("prospects.view");
  const params = await searchParams;
  const status = await syncStatus(viewer);
  if (!status.entities.find((e) => e.entity === "prospects")?.loaded)
    redirect(`/loading?next=${encodeURIComponent("/prospects")}`);
  // The list's own parsers (shared with the browser): a hand-edited bad value reads as its default.
  const read = prospectQueryOf(loadProspectListParams(params));
  // Two letters that are no UF (which the API refuses) list every UF instead of failing the page.
  const query = { ...read, q: read.q.trim(), uf: read.uf && isUf(read.uf) ? read.uf : undefined };
  const [t, page, ufs] = await Promise.all([
    getTranslations("prospects"),
    listProspects(viewer, query),
    prospectUfs(viewer),
  ]);
  return (
    <section aria-labelledby="prospects-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="prospects-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <div className="flex flex-wrap items-center gap-3">
          <SyncIndicator initial={status} />
          {!viewer.seller || !can(viewer, "prospects.add") ? null : offers(viewer, "prospectRegistration") ? (
            <Link href="/prospects/new" className={linkButton.primary}>
              {t("newProspect")}
            </Link>
          ) : (
            <FeatureMissing feature="prospectRegistration" />
          )}
        </div>
      </div>
      <ProspectList initialQuery={query} initialPage={page} ufs={ufs} />
    </section>
  );
}
