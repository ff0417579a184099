import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LazyRecordActions as RecordActions } from "@/components/registration/record-actions.island";
import { linkButton } from "@/components/ui/button";
import { prospectPageViews } from "@/lib/personal-data";
import { getTranslations } from "@/server/i18n";
import { recordPersonalDataViews } from "@/server/services/personal-data-log";
import { ProspectViewPage } from "@/components/prospects/prospect-view";
import { can, requireSalesViewer } from "@/server/auth/viewer";
import { getProspect } from "@/server/services/prospects";
import { ContactSection } from "@/components/contacts/contact-section";
import { entityContacts } from "@/server/services/contacts";
import { offers, shownPrivileges } from "@/server/services/capabilities";

type Params = Promise<{ code: string; store: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { code, store } = await params;
  return { title: `${decodeURIComponent(code)}/${decodeURIComponent(store)}` };
}

/**
 * Prospect page at /prospects/{code}/{store}. Only the viewer's own prospects resolve: anything
 * else — another seller's, one the ERP deleted — is a 404, never a hint that the code exists.
 */
export default async function ProspectPage({ params }: { params: Params }) {
  const viewer = await requireSalesViewer("prospects.view");
  const { code, store } = await params;
  const view = await getProspect(viewer, decodeURIComponent(code), decodeURIComponent(store));
  if (!view) notFound();
  const { prospect } = view;
  const t = await getTranslations("registration.actions");
  // A converted prospect is the customer's now: read-only here (the ERP refuses its writes), with
  // the customer's next step at hand.
  const actions = !viewer.seller ? null : prospect.customer ? (
    can(viewer, "orders.add") ? (
      <Link
        href={`/orders/new?${new URLSearchParams({ customer: prospect.customer.code, store: prospect.customer.store })}`}
        className={linkButton.primary}
      >
        {t("newOrder")}
      </Link>
    ) : null
  ) : prospect.status !== "converted" ? (
    <ClientMessages scope="registration">
      <RecordActions
        entity="prospect"
        record={`${prospect.code}/${prospect.store}`}
        name={prospect.name}
        stamp={prospect.stamp}
        listHref="/prospects"
        convertible
        privileges={shownPrivileges(viewer)}
      >
        {can(viewer, "quotations.add") && offers(viewer, "quotations") ? (
          <Link
            href={`/quotations/new?${new URLSearchParams({ prospect: prospect.code, store: prospect.store })}`}
            className={linkButton.primary}
          >
            {t("newQuotation")}
          </Link>
        ) : null}
      </RecordActions>
    </ClientMessages>
  ) : null;
  const contacts = await entityContacts(viewer, {
    type: "prospect",
    code: prospect.code,
    store: prospect.store,
    document: prospect.document,
  });
  // LGPD (issue 18): a natural person's CPF, e-mail and phone, and the contacts' (always persons),
  // shown here in full are logged (kinds, not values); the router's prefetch is nobody's view.
  if (!(await headers()).has("next-router-prefetch"))
    await recordPersonalDataViews(viewer, prospectPageViews(prospect, contacts));
  return (
    <ProspectViewPage
      view={view}
      actions={actions}
      contacts={
        <ContactSection
          owner={{ type: "prospect", code: prospect.code.trim(), store: prospect.store.trim() }}
          contacts={contacts}
          readOnly={!viewer.seller || prospect.status === "converted" || !can(viewer, "prospects.edit")}
          registrationUnavailable={!offers(viewer, "contactRegistration")}
        />
      }
    />
  );
}
