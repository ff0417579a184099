import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LazyOrderList as OrderList } from "@/components/orders/order-list.island";
import { LazySyncIndicator as SyncIndicator } from "@/components/sync/sync-indicator.island";
import { loadOrderListParams, orderQueryOf } from "@/lib/list-search-params";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { countDrafts } from "@/server/services/order-drafts";
import { listOrders } from "@/server/services/order-list";
import { pendingOrders } from "@/server/services/order-pending";
import { syncStatus } from "@/server/services/sync";
import { linkButton } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer("orders.view");
  const params = await searchParams;
  const status = await syncStatus(viewer);
  if (!status.entities.find((e) => e.entity === "salesorders")?.loaded)
    redirect(`/loading?next=${encodeURIComponent("/orders")}`);
  // The list's own parsers (shared with the browser): a hand-edited bad value reads as its default.
  const read = orderQueryOf(loadOrderListParams(params));
  // An inverted date range, which the API refuses, lists the defaults instead of failing the page.
  const query =
    read.from && read.to && read.from > read.to ? orderQueryOf(loadOrderListParams({})) : { ...read, q: read.q.trim() };
  const [t, page, drafts, pending] = await Promise.all([
    getTranslations("orders"),
    listOrders(viewer, query),
    countDrafts(viewer),
    // Drawn with the page, so the list does not jump down when the panel appears (layout shift).
    pendingOrders(viewer, { refresh: false }),
  ]);
  return (
    <section aria-labelledby="orders-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="orders-title" className="text-2xl font-bold text-slate-900">
            {t("title")}
          </h1>
          <p className="text-sm text-slate-600">{t("windowNote")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SyncIndicator initial={status} />
          <Link href="/orders/drafts" className={linkButton.secondary}>
            {t("drafts", { count: drafts })}
          </Link>
          {viewer.seller && can(viewer, "orders.add") ? (
            <Link href="/orders/new" className={linkButton.primary}>
              {t("newOrder")}
            </Link>
          ) : null}
        </div>
      </div>
      <OrderList initialQuery={query} initialPage={page} initialPending={pending} />
    </section>
  );
}
