import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { LazyCustomerList as CustomerList } from "@/components/customers/customer-list.island";
import { linkButton } from "@/components/ui/button";
import { LazySyncIndicator as SyncIndicator } from "@/components/sync/sync-indicator.island";
import { loadCustomerListParams, customerQueryOf } from "@/lib/list-search-params";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { listCustomers } from "@/server/services/customers";
import { syncStatus } from "@/server/services/sync";
import { FeatureMissing } from "@/components/capabilities/feature-missing";
import { offers } from "@/server/services/capabilities";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer("customers.view");
  const params = await searchParams;
  const status = await syncStatus(viewer);
  if (!status.entities.find((e) => e.entity === "customers")?.loaded)
    redirect(`/loading?next=${encodeURIComponent("/customers")}`);
  // The list's own parsers (shared with the browser): a hand-edited bad value reads as its default.
  const read = customerQueryOf(loadCustomerListParams(params));
  const query = { ...read, q: read.q.trim() };
  const [t, page] = await Promise.all([getTranslations("customers"), listCustomers(viewer, query)]);
  return (
    <section aria-labelledby="customers-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="customers-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <div className="flex flex-wrap items-center gap-3">
          <SyncIndicator initial={status} />
          {!viewer.seller || !can(viewer, "customers.add") ? null : offers(viewer, "customerRegistration") ? (
            <Link href="/customers/new" className={linkButton.primary}>
              {t("newCustomer")}
            </Link>
          ) : (
            <FeatureMissing feature="customerRegistration" />
          )}
        </div>
      </div>
      <CustomerList initialQuery={query} initialPage={page} />
    </section>
  );
}
