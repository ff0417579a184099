import Link from "next/link";
import type { ReactNode } from "react";
import { badgeClass } from "@/components/orders/status-tone";
import { quotationStatusTone } from "@/components/quotations/status-tone";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { addressLine } from "@/lib/address";
import { formatDocument } from "@/lib/br-documents";
import { displayCep } from "@/lib/br-registration";
import { phoneText, telHref } from "@/lib/phone-link";
import type { ProspectView } from "@/lib/types/prospect";
import { getFormat, getTranslations } from "@/server/i18n";
import { prospectStatusTone } from "./status-tone";
import { ReadSource } from "@/components/ui/read-source";

const card = "rounded-2xl border border-slate-200 bg-white p-4";
const inlineLink = "inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2";
const codeStore = (c: { code: string; store: string }) => `${c.code.trim()}/${c.store.trim()}`;
const path = (c: { code: string; store: string }) =>
  `${encodeURIComponent(c.code.trim())}/${encodeURIComponent(c.store.trim())}`;

/**
 * One prospect: who it is (registration, tap to call, mailto), its status and — once converted —
 * the customer it became, and its quotations among the synced ones.
 *
 * `actions` is the slot for the prospect's writes (Edit, Delete, Convert, New quotation): nothing is
 * shown there until they exist.
 */
export async function ProspectViewPage({
  view,
  actions,
  contacts,
}: {
  view: ProspectView;
  actions?: ReactNode;
  /** The prospect's contacts section (components/contacts/contact-section.tsx), after its registration. */
  contacts?: ReactNode;
}) {
  const [t, tq, f] = await Promise.all([getTranslations("prospects"), getTranslations("quotationStatus"), getFormat()]);
  const { prospect, customer, quotations } = view;
  const none = t("detail.none");
  const street = addressLine({
    street: prospect.address.street,
    complement: prospect.address.complement,
    neighborhood: prospect.address.neighborhood,
  });
  const place = [prospect.address.city, prospect.address.uf].filter(Boolean).join("/");
  const facts: { id: string; label: string; value: ReactNode }[] = [
    { id: "trade-name", label: t("detail.tradeName"), value: prospect.tradeName || none },
    {
      id: "person-type",
      label: t("detail.personType"),
      value: prospect.personType ? t(`detail.personTypes.${prospect.personType}`) : none,
    },
    { id: "document", label: t("detail.document"), value: formatDocument(prospect.document) || none },
    { id: "state-registration", label: t("detail.stateRegistration"), value: prospect.stateRegistration || none },
    { id: "address", label: t("detail.address"), value: street || none },
    { id: "zip", label: t("detail.zip"), value: prospect.address.zip ? displayCep(prospect.address.zip) : none },
    { id: "city", label: t("detail.city"), value: place || none },
    {
      id: "phone",
      label: t("detail.phone"),
      value: prospect.phone.number ? (
        <a
          className={inlineLink}
          href={telHref(prospect.phone.ddi, prospect.phone.ddd, prospect.phone.number)}
          aria-label={t("detail.call", { number: phoneText(prospect.phone.ddd, prospect.phone.number) })}
        >
          {phoneText(prospect.phone.ddd, prospect.phone.number)}
        </a>
      ) : (
        none
      ),
    },
    {
      id: "email",
      label: t("detail.email"),
      value: prospect.email ? (
        <a className={`${inlineLink} break-all`} href={`mailto:${prospect.email}`}>
          {prospect.email}
        </a>
      ) : (
        none
      ),
    },
    { id: "inclusion-date", label: t("detail.inclusionDate"), value: f.date(prospect.inclusionDate, none) },
    ...(prospect.conversionDate
      ? [{ id: "conversion-date", label: t("detail.conversionDate"), value: f.date(prospect.conversionDate) }]
      : []),
  ];

  return (
    <article aria-labelledby="prospect-title" className="space-y-4">
      <Link
        href="/prospects"
        className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2"
      >
        {t("detail.back")}
      </Link>
      <header>
        <h1 id="prospect-title" className="text-2xl font-bold break-words text-slate-900">
          {prospect.name}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
          <span>
            {codeStore(prospect)}
            {prospect.tradeName ? ` · ${prospect.tradeName}` : ""}
          </span>
          <span
            className={`${badgeClass} ${prospectStatusTone[prospect.status] ?? prospectStatusTone.unknown}`}
            data-testid="prospect-status"
          >
            {t(`statuses.${prospect.status}`)}
          </span>
        </p>
        {prospect.customer ? (
          <p className="mt-2 text-sm text-slate-800" data-testid="prospect-customer">
            {t("detail.convertedInto", { customer: codeStore(prospect.customer) })}{" "}
            <Link href={`/customers/${path(prospect.customer)}`} className={inlineLink}>
              {customer ? customer.name : t("detail.openCustomer", { customer: codeStore(prospect.customer) })}
            </Link>
          </p>
        ) : null}
        <ReadSource offline={view.source === "store"} testId="prospect-source">
          {view.source === "erp"
            ? t("detail.fromErp")
            : t("detail.offline", { time: f.dateTime(view.syncedAt ?? new Date().toISOString()) })}
        </ReadSource>
        {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
      </header>

      <section aria-labelledby="prospect-registration" className={card}>
        <h2 id="prospect-registration" className="text-lg font-semibold text-slate-900">
          {t("detail.registrationTitle")}
        </h2>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
          {facts.map((fact) => (
            <div key={fact.id} className="min-w-0">
              <dt className="text-slate-600">{fact.label}</dt>
              <dd className="break-words text-slate-900" data-testid={`prospect-${fact.id}`}>
                {fact.value}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {contacts}

      <section aria-labelledby="prospect-quotations" className={card}>
        <h2 id="prospect-quotations" className="text-lg font-semibold text-slate-900">
          {t("detail.quotationsTitle")}
        </h2>
        {quotations.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("detail.quotationsEmpty")}</p>
        ) : (
          <ScrollRegion labelledBy="prospect-quotations" className="mt-3">
            <table className="w-full min-w-[28rem] text-sm" data-testid="prospect-quotations">
              <thead className="text-left text-slate-700">
                <tr>
                  <th scope="col" className="p-2">
                    {t("detail.quotationColumns.number")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("detail.quotationColumns.issueDate")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("detail.quotationColumns.validity")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("detail.quotationColumns.status")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("detail.quotationColumns.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {quotations.map((q) => (
                  <tr key={q.id} className="border-t border-slate-200">
                    <td className="p-2 whitespace-nowrap font-medium">
                      <Link
                        href={`/quotations/${encodeURIComponent(q.number)}`}
                        className="text-brand-700 underline underline-offset-2"
                      >
                        {q.number}
                      </Link>
                    </td>
                    <td className="p-2 whitespace-nowrap">{f.date(q.issueDate)}</td>
                    <td className="p-2 whitespace-nowrap">{f.date(q.validity)}</td>
                    <td className="p-2">
                      <span className={`${badgeClass} ${quotationStatusTone[q.status] ?? quotationStatusTone.unknown}`}>
                        {tq(q.status)}
                      </span>
                    </td>
                    <td className="p-2 text-right whitespace-nowrap">{f.money(q.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </article>
  );
}
