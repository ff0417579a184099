import type { Metadata } from "next";
import Link from "next/link";
import { linkButton } from "@/components/ui/button";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CustomerRegistration } from "@/components/customers/customer-registration";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LazyRecordActions as RecordActions } from "@/components/registration/record-actions.island";
import { FinancialPanel } from "@/components/customers/financial-panel";
import { ReceivablesTable } from "@/components/customers/receivables-table";
import { RecentOrders } from "@/components/customers/recent-orders";
import { RiskBadge } from "@/components/customers/risk-badge";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { getCustomerDetail, getOpenReceivables } from "@/server/services/customer-detail";
import { businessToday } from "@/server/clock";
import { customerPageViews } from "@/lib/personal-data";
import { recordPersonalDataViews } from "@/server/services/personal-data-log";
import { offers, shownPrivileges } from "@/server/services/capabilities";

type Params = Promise<{ code: string; store: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { code, store } = await params;
  return { title: `${decodeURIComponent(code)}/${decodeURIComponent(store)}` };
}

/**
 * Customer page at /customers/{code}/{store}. Only the viewer's own customers resolve: anything
 * else is a 404, never a hint that the code exists for another seller.
 */
export default async function CustomerPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("customers.view");
  const { code, store } = await params;
  const detail = await getCustomerDetail(viewer, decodeURIComponent(code), decodeURIComponent(store));
  if (!detail) notFound();
  const { customer, financial, contacts, recentOrders } = detail;
  // LGPD (issue 18): the CPF, e-mail and phones of a natural person shown here in full are logged
  // (kinds, not values); the router's prefetch of this page from a list is nobody's view.
  if (!(await headers()).has("next-router-prefetch"))
    await recordPersonalDataViews(viewer, customerPageViews(customer, contacts));
  const today = businessToday();
  // The open titles are an online read: started now, streamed in behind their own skeleton, so
  // everything the store holds paints at once even when the ERP hangs.
  const receivables = getOpenReceivables(viewer, customer);
  const [t, tl] = await Promise.all([getTranslations("customer"), getTranslations("customers")]);
  return (
    <article aria-labelledby="customer-title" className="space-y-4">
      <Link
        href="/customers"
        className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2"
      >
        {t("back")}
      </Link>
      <header>
        <h1 id="customer-title" className="text-2xl font-bold text-slate-900">
          {customer.name}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
          <span>
            {customer.code.trim()}/{customer.store.trim()}
            {customer.tradeName ? ` · ${customer.tradeName}` : ""}
          </span>
          <RiskBadge
            risk={customer.risk}
            label={customer.risk ? tl("riskBadge", { letter: customer.risk }) : tl("noRisk")}
          />
          {customer.blocked ? (
            <span className="rounded-md bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t("blocked")}</span>
          ) : null}
        </p>
        {viewer.seller && !customer.blocked ? (
          <div className="mt-3 flex flex-wrap gap-2">
            {can(viewer, "orders.add") ? (
              <Link
                href={`/orders/new?${new URLSearchParams({ customer: customer.code, store: customer.store })}`}
                className={linkButton.primary}
              >
                {t("newOrder")}
              </Link>
            ) : null}
            {can(viewer, "quotations.add") && offers(viewer, "quotations") ? (
              <Link
                href={`/quotations/new?${new URLSearchParams({ customer: customer.code, store: customer.store })}`}
                className={linkButton.secondary}
              >
                {t("newQuotation")}
              </Link>
            ) : null}
          </div>
        ) : null}
        {viewer.seller ? (
          <ClientMessages scope="registration">
            <div className="mt-3">
              <RecordActions
                entity="customer"
                record={`${customer.code.trim()}/${customer.store.trim()}`}
                name={customer.name}
                stamp={customer.stamp ?? ""}
                listHref="/customers"
                privileges={shownPrivileges(viewer)}
              />
            </div>
          </ClientMessages>
        ) : null}
      </header>
      <FinancialPanel customer={customer} financial={financial} today={today} />
      <ReceivablesTable load={receivables} today={today} />
      <RecentOrders orders={recentOrders} />
      <CustomerRegistration
        customer={customer}
        contacts={contacts}
        commercial={detail}
        readOnly={!viewer.seller || !can(viewer, "customers.edit")}
        contactsUnavailable={!offers(viewer, "contactRegistration")}
      />
    </article>
  );
}
