import { ContactSection } from "@/components/contacts/contact-section";
import { addressLine } from "@/lib/address";
import { formatDocument } from "@/lib/br-documents";
import { phoneText as shown, telHref } from "@/lib/phone-link";
import type { Customer } from "@/lib/types/customer";
import type { ContactWithPhones } from "@/lib/types/contact";
import type { PaymentCondition, PriceList } from "@/lib/types/catalog";
import { getTranslations } from "@/server/i18n";

/** "003 · 30/60/90 DIAS": the code the ERP keys by, with the name the rep knows it by. */
const named = (code: string, name: string | undefined) => [code.trim(), name].filter(Boolean).join(" · ");

type Commercial = { paymentCondition: PaymentCondition | null; priceList: PriceList | null; sellerName: string | null };

/** Registration, contacts (tap to call, mailto, WhatsApp; add, change, delete) and commercial defaults. */
export async function CustomerRegistration({
  customer,
  contacts,
  commercial,
  readOnly = false,
  contactsUnavailable = false,
}: {
  customer: Customer;
  contacts: ContactWithPhones[];
  commercial: Commercial;
  /** A viewer without a seller (an administrator) sees the contacts but cannot write them. */
  readOnly?: boolean;
  /** This ERP has no contact registration (lib/capabilities.ts): the contacts say so, read-only. */
  contactsUnavailable?: boolean;
}) {
  const t = await getTranslations("customer");
  const address = addressLine(customer.address);
  const link = "text-brand-700 underline underline-offset-2 inline-flex min-h-11 items-center";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="registration-title" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="registration-title" className="text-lg font-semibold text-slate-900">
          {t("registrationTitle")}
        </h2>
        <dl className="mt-3 space-y-2 text-sm">
          <div>
            <dt className="text-slate-600">{t("document")}</dt>
            <dd data-testid="customer-document">{formatDocument(customer.document) || t("none")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("stateRegistration")}</dt>
            <dd>{customer.stateRegistration || t("none")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("address")}</dt>
            <dd>{address || t("none")}</dd>
          </div>
          {customer.phone.number ? (
            <div>
              <dt className="text-slate-600">{t("phone")}</dt>
              <dd>
                <a className={link} href={telHref(customer.phone.ddi, customer.phone.ddd, customer.phone.number)}>
                  {shown(customer.phone.ddd, customer.phone.number)}
                </a>
              </dd>
            </div>
          ) : null}
          {customer.email ? (
            <div>
              <dt className="text-slate-600">{t("email")}</dt>
              <dd>
                <a className={link} href={`mailto:${customer.email}`}>
                  {customer.email}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        <h3 className="mt-4 font-semibold text-slate-900">{t("commercialTitle")}</h3>
        <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t("paymentCondition")}</dt>
            <dd data-testid="customer-payment-condition">
              {named(customer.paymentCondition, commercial.paymentCondition?.description) || t("none")}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("priceList")}</dt>
            <dd data-testid="customer-price-list">
              {named(customer.priceList, commercial.priceList?.description) || t("none")}
              {commercial.priceList && !commercial.priceList.active ? ` (${t("inactive")})` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("seller")}</dt>
            <dd>{named(customer.seller, commercial.sellerName ?? undefined) || t("none")}</dd>
          </div>
        </dl>
      </section>
      <ContactSection
        owner={{ type: "customer", code: customer.code.trim(), store: customer.store.trim() }}
        contacts={contacts}
        readOnly={readOnly}
        registrationUnavailable={contactsUnavailable}
      />
    </div>
  );
}
