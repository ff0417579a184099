import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { QuotationDeletedNotice } from "@/components/quotations/quotation-deleted-notice";
import { LazyQuotationList as QuotationList } from "@/components/quotations/quotation-list.island";
import { LazySyncIndicator as SyncIndicator } from "@/components/sync/sync-indicator.island";
import { linkButton } from "@/components/ui/button";
import { loadQuotationListParams, quotationQueryOf } from "@/lib/list-search-params";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { getTranslations } from "@/server/i18n";
import { countDrafts } from "@/server/services/order-drafts";
import { listQuotations } from "@/server/services/quotation-list";
import { quotationDeleted } from "@/server/services/quotations";
import { syncStatus } from "@/server/services/sync";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quotations"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QuotationsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer("quotations.view");
  const params = await searchParams;
  const status = await syncStatus(viewer);
  if (!status.entities.find((e) => e.entity === "quotations")?.loaded)
    redirect(`/loading?next=${encodeURIComponent("/quotations")}`);
  // The list's own parsers (shared with the browser): a hand-edited bad value reads as its default.
  const read = quotationQueryOf(loadQuotationListParams(params));
  // An inverted date range, which the API refuses, lists the defaults instead of failing the page.
  const query =
    read.from && read.to && read.from > read.to
      ? quotationQueryOf(loadQuotationListParams({}))
      : { ...read, q: read.q.trim() };
  const deleted = typeof params.deleted === "string" ? params.deleted : "";
  const [t, page, drafts, wasDeleted] = await Promise.all([
    getTranslations("quotations"),
    listQuotations(viewer, query),
    countDrafts(viewer, "quotation"),
    quotationDeleted(viewer, deleted),
  ]);
  return (
    <section aria-labelledby="quotations-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="quotations-title" className="text-2xl font-bold text-slate-900">
            {t("title")}
          </h1>
          <p className="text-sm text-slate-600">{t("windowNote")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SyncIndicator initial={status} />
          <Link href="/quotations/drafts" className={linkButton.secondary}>
            {t("drafts", { count: drafts })}
          </Link>
          {viewer.seller && can(viewer, "quotations.add") ? (
            <Link href="/quotations/new" className={linkButton.primary}>
              {t("newQuotation")}
            </Link>
          ) : null}
        </div>
      </div>
      <QuotationDeletedNotice number={deleted} deleted={wasDeleted} />
      <QuotationList initialQuery={query} initialPage={page} today={businessToday()} />
    </section>
  );
}
