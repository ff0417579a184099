import Link from "next/link";
import { maskDocument } from "@/lib/mask";
import { allowed, type Privileges } from "@/lib/privileges";
import { isProspectQuotation, type QuotationView } from "@/lib/types/quotation";
import { getFormat, getTranslations } from "@/server/i18n";
import { badgeClass } from "@/components/orders/status-tone";
import { ItemCards } from "@/components/orders/item-cards";
import { LazySavedTaxesPanel as SavedTaxesPanel } from "@/components/orders/saved-taxes-panel.island";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { QueueHistory } from "@/components/ui/queue-history";
import { QuotationActionBar } from "./quotation-action-bar";
import { LazyQuotationActions as QuotationActions } from "./quotation-actions.island";
import { QuotationToolbar } from "./quotation-toolbar";
import { prospectMarkerTone, quotationStatusTone } from "./status-tone";
import { ReadSource } from "@/components/ui/read-source";

const card = "rounded-2xl border border-slate-200 bg-white p-4";
const named = (code: string, name: string) => [code.trim(), name].filter(Boolean).join(" · ");
const inlineLink = "text-brand-700 underline underline-offset-2";

/**
 * One quotation: status and validity (what the rep may do with it, and why not), customer,
 * conditions, items and totals, the ERP's taxes, the ERP queue's history; convert and delete follow
 * the queue on the page. `refreshing`: the synced copy painted while the ERP is asked for the
 * quotation as it is now (nothing that needs the ERP's current status is offered yet).
 */
export async function QuotationViewPage({
  view,
  privileges,
  refreshing = false,
}: {
  view: QuotationView;
  privileges: Privileges;
  refreshing?: boolean;
}) {
  const editable = view.editable && allowed(privileges, "quotations.edit");
  const [t, ts, to, tc, ta, f] = await Promise.all([
    getTranslations("quotation"),
    getTranslations("quotationStatus"),
    getTranslations("order"),
    getTranslations("common"),
    getTranslations("quotation.actions"),
    getFormat(),
  ]);
  const { quotation, customer, history, names } = view;
  // The synced copy painted while refreshing is replaced by the page as it is: its test ids are that
  // page's only (a streamed page holds both for a moment; tests of the refreshing copy go by role and text).
  const tid = (id: string) => (refreshing ? undefined : id);
  const { number } = quotation;
  // Still a prospect's (no customer yet): the prospect is shown, and converting waits for its conversion.
  const prospect = isProspectQuotation(quotation)
    ? {
        code: quotation.prospect!.trim(),
        store: (quotation.prospectStore ?? "").trim(),
        record: view.prospect,
        href: `/prospects/${encodeURIComponent(quotation.prospect!.trim())}/${encodeURIComponent((quotation.prospectStore ?? "").trim())}`,
      }
    : null;
  const order = quotation.order.trim();
  const actions = {
    status: quotation.status,
    editable: view.editable,
    convertible: view.convertible,
    prospectHref: prospect?.href,
    privileges,
  };
  const facts: { id: string; label: string; value: string }[] = [
    {
      id: "payment",
      label: t("paymentCondition"),
      value: named(quotation.paymentCondition, names.paymentCondition) || t("none"),
    },
    { id: "pricelist", label: t("priceList"), value: named(quotation.priceList, names.priceList) || t("none") },
    {
      id: "freight",
      label: t("freightType"),
      value: ["C", "F", "T", "S"].includes(quotation.freightType)
        ? to(`freightTypes.${quotation.freightType as "C"}`)
        : quotation.freightType || t("none"),
    },
    { id: "freight-value", label: t("freightValue"), value: f.money(quotation.freightValue) },
    {
      id: "origin",
      label: t("origin"),
      value: quotation.origin.trim() === "TGV.QUOTATION" ? t("origins.portal") : t("origins.erp"),
    },
  ];
  return (
    <article aria-labelledby="quotation-title" className="space-y-4">
      <QuotationToolbar number={number} editable={editable} mayCopy={allowed(privileges, "quotations.add")} />
      <header>
        <h1 id="quotation-title" className="text-2xl font-bold text-slate-900">
          {t("title", { number })}
        </h1>
        <div className="mt-2 flex flex-wrap items-center gap-2" data-testid={tid("quotation-status")}>
          <span className={`${badgeClass} ${quotationStatusTone[quotation.status] ?? quotationStatusTone.unknown}`}>
            {quotation.status === "converted" && order ? ts("convertedAs", { order }) : ts(quotation.status)}
          </span>
          <span className="text-sm text-slate-800">{ts(`meaning.${quotation.status}`)}</span>
        </div>
        <p className="mt-2 text-sm text-slate-800" data-testid={tid("quotation-dates")}>
          {t("issueDate", { date: f.date(quotation.issueDate) })} ·{" "}
          <span className={quotation.status === "expired" ? "font-semibold text-amber-900" : "font-medium"}>
            {quotation.validity ? t("validUntil", { date: f.date(quotation.validity) }) : t("noValidity")}
          </span>
        </p>
        {quotation.status === "expired" ? (
          <p
            className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-950"
            data-testid={tid("quotation-expired")}
          >
            {t("expiredNote", { date: f.date(quotation.validity) })}{" "}
            {editable ? (
              <Link href={`/quotations/${encodeURIComponent(number)}/edit`} className={inlineLink}>
                {t("changeValidity")}
              </Link>
            ) : null}
          </p>
        ) : null}
        {quotation.status === "converted" && order ? (
          <p className="mt-2 text-sm" data-testid={tid("quotation-order")}>
            {t("convertedInto", { order })}{" "}
            <Link href={`/orders/${encodeURIComponent(order)}`} className={inlineLink}>
              {t("openOrder", { order })}
            </Link>
          </p>
        ) : null}
        <ReadSource offline={view.source === "store" && !refreshing} testId={tid("quotation-source")}>
          {view.source === "erp"
            ? t("fromErp")
            : t(refreshing ? "refreshing" : "offline", {
                time: f.dateTime(view.syncedAt ?? new Date().toISOString()),
              })}
        </ReadSource>
        <div className="mt-3">
          {/* The synced copy offers nothing to act on yet: its bar needs no code (nor an island to wait for). */}
          {refreshing ? (
            <QuotationActionBar {...actions} online={false} t={ta} />
          ) : (
            <QuotationActions {...actions} number={number} online={view.source === "erp"} />
          )}
        </div>
      </header>

      {prospect ? (
        <section aria-labelledby="quotation-customer" className={card}>
          <h2 id="quotation-customer" className="text-lg font-semibold text-slate-900">
            {t("prospect.title")}
          </h2>
          <p className="mt-1 font-medium text-slate-900" data-testid={tid("quotation-customer-line")}>
            {prospect.record ? (
              <Link href={prospect.href} className={inlineLink}>
                {prospect.record.name}
              </Link>
            ) : null}{" "}
            <span className="text-slate-700">
              {prospect.code}/{prospect.store}
              {prospect.record?.document ? (
                <>
                  {" "}
                  · <span className="whitespace-nowrap">{maskDocument(prospect.record.document)}</span>
                </>
              ) : null}
            </span>{" "}
            <span className={`${badgeClass} ${prospectMarkerTone}`}>{t("prospect.badge")}</span>
          </p>
          <p className="mt-1 text-sm text-slate-700">{prospect.record ? t("prospect.note") : t("prospect.outside")}</p>
        </section>
      ) : (
        <section aria-labelledby="quotation-customer" className={card}>
          <h2 id="quotation-customer" className="text-lg font-semibold text-slate-900">
            {t("customer")}
          </h2>
          <p className="mt-1 font-medium text-slate-900" data-testid={tid("quotation-customer-line")}>
            {customer ? (
              <Link
                href={`/customers/${encodeURIComponent(quotation.customer.trim())}/${encodeURIComponent(quotation.store.trim())}`}
                className={inlineLink}
              >
                {customer.name}
              </Link>
            ) : null}{" "}
            <span className="text-slate-700">
              {quotation.customer.trim()}/{quotation.store.trim()}
              {/* LGPD: a person's CPF in full is on the customer page (where its view is logged), masked here. */}
              {customer?.document ? (
                <>
                  {" "}
                  · <span className="whitespace-nowrap">{maskDocument(customer.document)}</span>
                </>
              ) : null}
            </span>
          </p>
          {!customer ? <p className="mt-1 text-sm text-slate-700">{t("customerOutside")}</p> : null}
        </section>
      )}

      <section aria-labelledby="quotation-conditions" className={card}>
        <h2 id="quotation-conditions" className="text-lg font-semibold text-slate-900">
          {t("conditions")}
        </h2>
        <dl className="mt-2 grid gap-3 text-sm sm:grid-cols-3">
          {facts.map((x) => (
            <div key={x.id}>
              <dt className="text-slate-600">{x.label}</dt>
              <dd className="font-medium text-slate-900">{x.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="quotation-items" className={card}>
        <h2 id="quotation-items" className="text-lg font-semibold text-slate-900">
          {t("itemsTitle")}
        </h2>
        <ItemCards
          items={quotation.items}
          labels={{
            quantity: t("itemColumns.quantity"),
            price: t("itemColumns.price"),
            discount: t("itemColumns.discount"),
            total: t("itemColumns.total"),
          }}
          testId={tid("quotation-item-cards")}
        />
        <ScrollRegion labelledBy="quotation-items" className="mt-3 hidden md:block">
          <table className="w-full min-w-[36rem] text-sm" data-testid={tid("quotation-items")}>
            <thead className="text-left text-slate-700">
              <tr>
                {(["item", "product", "description", "quantity", "price", "discount", "total"] as const).map((c, n) => (
                  <th key={c} scope="col" className={n < 3 ? "p-2" : "p-2 text-right"}>
                    {t(`itemColumns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {quotation.items.map((i) => (
                <tr key={i.item} className="border-t border-slate-200">
                  <td className="p-2">{i.item}</td>
                  <td className="p-2 font-medium whitespace-nowrap">{i.product.trim()}</td>
                  <td className="p-2">
                    {i.description}
                    {i.unit ? <span className="text-slate-600"> ({i.unit})</span> : null}
                  </td>
                  <td className="p-2 text-right">{f.number(i.quantity)}</td>
                  <td className="p-2 text-right whitespace-nowrap">{f.money(i.price)}</td>
                  <td className="p-2 text-right">{i.discount ? f.percent(i.discount) : "—"}</td>
                  <td className="p-2 text-right font-medium whitespace-nowrap">{f.money(i.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <dl className="mt-3 ml-auto grid max-w-xs grid-cols-2 gap-1 text-sm">
          <dt className="text-slate-600">{t("totals.items")}</dt>
          <dd className="text-right">{f.money(quotation.total)}</dd>
          <dt className="text-slate-600">{t("totals.freight")}</dt>
          <dd className="text-right">{f.money(quotation.freightValue)}</dd>
          <dt className="font-semibold text-slate-900">{t("totals.quotation")}</dt>
          <dd className="text-right font-semibold text-slate-900" data-testid={tid("quotation-total")}>
            {f.money(quotation.total + quotation.freightValue)}
          </dd>
        </dl>
      </section>

      {/* The ERP's taxes are an online read of their own: asked once the quotation as it is now is in. */}
      {refreshing ? null : (
        <SavedTaxesPanel url={`/api/quotations/${encodeURIComponent(number)}/taxes`} headingId="quotation-taxes" />
      )}

      <QueueHistory
        id="quotation-history"
        title={t("historyTitle")}
        empty={t("historyEmpty")}
        entries={history.map((h) => ({
          id: h.id,
          operation: t(`operations.${h.operation}`),
          status: t(`queueStatus.${h.status}`),
          at: h.receivedAt ? f.dateTime(h.receivedAt) : null,
          message: h.message,
        }))}
        detailsLabel={tc("details")}
        className={card}
        testId={tid("quotation-history")}
      />
    </article>
  );
}
