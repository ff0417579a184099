import Link from "next/link";
import { Suspense } from "react";
import { maskDocument } from "@/lib/mask";
import type { Privileges } from "@/lib/privileges";
import { addressLine } from "@/lib/address";
import { itemsShortOfStock, type OrderView } from "@/lib/types/order";
import { getFormat, getTranslations } from "@/server/i18n";
import { QueueHistory } from "@/components/ui/queue-history";
import { TechnicalText } from "@/components/ui/technical-text";
import { OrderActionBar } from "./order-action-bar";
import { LazyOrderActions as OrderActions } from "./order-actions.island";
import { named, OrderItems } from "./order-items";
import { OrderToolbar } from "./order-toolbar";
import { OrderShortOfStock } from "./order-short-of-stock";
import { LazySavedTaxesPanel as SavedTaxesPanel } from "./saved-taxes-panel.island";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderSheetHeader, type OrderSheetIssuer } from "./order-sheet-header";
import { ReadSource } from "@/components/ui/read-source";

const card = "rounded-2xl border border-slate-200 bg-white p-4 print:border-0 print:p-0";

/**
 * One order: header, customer and credit, items, totals, ERP history, invoice. Prints as the order
 * sheet: the issuer's letterhead and the customer's address, never the internal credit figures.
 * `refreshing`: the synced copy painted while the ERP is asked for the order as it is now (nothing
 * that needs the ERP's current status is offered yet).
 */
export async function OrderViewPage({
  view,
  issuer,
  stockNow,
  privileges,
  refreshing = false,
}: {
  view: OrderView;
  privileges: Privileges;
  issuer: OrderSheetIssuer;
  /** Available now in the warehouse of each item short of stock, by item (read online, streamed in; absent when the ERP did not answer). */
  stockNow?: Promise<Record<string, number>>;
  refreshing?: boolean;
}) {
  const [t, ts, tc, ta, f] = await Promise.all([
    getTranslations("order"),
    getTranslations("orderStatus"),
    getTranslations("common"),
    getTranslations("orderActions"),
    getFormat(),
  ]);
  const { order, customer, history, names } = view;
  // The synced copy painted while refreshing is replaced by the page as it is: its test ids are that
  // page's only (a streamed page holds both for a moment; tests of the refreshing copy go by role and text).
  const tid = (id: string) => (refreshing ? undefined : id);
  const short = itemsShortOfStock(order);
  const shortItems = new Set(short.map((i) => i.item));
  const freight = order.invoiceDetail?.freight ?? order.freightValue;
  const actions = { number: order.number, editable: view.editable, privileges };
  const facts: { label: string; value: string; id: string }[] = [
    { id: "issue", label: t("issueDate"), value: f.date(order.issueDate) },
    {
      id: "payment",
      label: t("paymentCondition"),
      value: named(order.paymentCondition, names.paymentCondition) || t("none"),
    },
    { id: "pricelist", label: t("priceList"), value: named(order.priceList, names.priceList) || t("none") },
    { id: "carrier", label: t("carrier"), value: named(order.carrier, names.carrier) || t("none") },
    {
      id: "freight",
      label: t("freightType"),
      value: ["C", "F", "T", "S"].includes(order.freightType)
        ? t(`freightTypes.${order.freightType as "C"}`)
        : order.freightType || t("none"),
    },
    { id: "customer-order", label: t("customerOrderNumber"), value: order.customerOrderNumber || t("none") },
    {
      id: "origin",
      label: t("origin"),
      value: order.origin === "TGV.SALESORDER" ? t("origins.portal") : t("origins.erp"),
    },
  ];
  return (
    <article aria-labelledby="order-title" className="space-y-4 print:space-y-3 print:text-sm">
      <OrderToolbar number={order.number} />
      <OrderSheetHeader issuer={issuer} />
      <header>
        <h1 id="order-title" className="text-2xl font-bold text-slate-900">
          {t("title", { number: order.number })}
        </h1>
        <div className="mt-2 flex flex-wrap items-center gap-2" data-testid={tid("order-status")}>
          <OrderStatusBadge status={order.status} invoice={order.invoice?.number ?? null} />
          <TechnicalText
            className="text-sm text-slate-800"
            text={order.reason || ts(`meaning.${order.status}`)}
            detailsLabel={tc("details")}
          />
        </div>
        {stockNow ? (
          <Suspense fallback={<OrderShortOfStock items={short} stockNow={{}} testId={undefined} />}>
            <OrderShortOfStock items={short} stockNow={stockNow} />
          </Suspense>
        ) : (
          <OrderShortOfStock items={short} stockNow={{}} testId={tid("order-short-of-stock")} />
        )}
        <ReadSource
          offline={view.source === "store" && !refreshing}
          className="print:hidden"
          testId={tid("order-source")}
        >
          {view.source === "erp"
            ? t("fromErp")
            : t(refreshing ? "refreshing" : "offline", {
                time: f.dateTime(view.syncedAt ?? new Date().toISOString()),
              })}
        </ReadSource>
        <div className="mt-3">
          {/* The synced copy offers nothing that acts on the order: its bar needs no code (nor an island to wait for). */}
          {refreshing ? (
            <OrderActionBar {...actions} online={false} t={ta} />
          ) : (
            <OrderActions {...actions} stamp={order.stamp} online={view.source === "erp"} />
          )}
        </div>
      </header>

      <section aria-labelledby="order-customer" className={card}>
        <h2 id="order-customer" className="text-lg font-semibold text-slate-900">
          {t("customer")}
        </h2>
        <p className="mt-1 font-medium text-slate-900">
          {customer ? (
            <Link
              href={`/customers/${encodeURIComponent(order.customer.trim())}/${encodeURIComponent(order.store.trim())}`}
              className="text-brand-700 underline underline-offset-2 print:text-slate-900 print:no-underline"
            >
              {customer.name}
            </Link>
          ) : null}{" "}
          <span className="text-slate-700">
            {order.customer.trim()}/{order.store.trim()}
            {/* LGPD: a person's CPF in full is on the customer page (where its view is logged), masked here. */}
            {customer?.document ? (
              <>
                {" "}
                · <span className="whitespace-nowrap">{maskDocument(customer.document)}</span>
              </>
            ) : null}
          </span>
        </p>
        {customer && addressLine(customer.address) ? (
          <p className="mt-1 text-sm text-slate-800" data-testid={tid("order-customer-address")}>
            <span className="text-slate-600">{t("sheet.customerAddress")}: </span>
            {addressLine(customer.address)}
          </p>
        ) : null}
        {customer ? (
          <p className="mt-1 text-sm text-slate-800 print:hidden" data-testid={tid("order-available-credit")}>
            {t("availableCredit")}:{" "}
            <span className={customer.availableCredit <= 0 ? "font-semibold text-red-700" : "font-semibold"}>
              {f.money(customer.availableCredit)}
            </span>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="order-header" className={card}>
        <h2 id="order-header" className="text-lg font-semibold text-slate-900">
          {t("header")}
        </h2>
        <dl className="mt-2 grid gap-3 text-sm sm:grid-cols-3 print:grid-cols-3">
          {facts.map((x) => (
            <div key={x.id}>
              <dt className="text-slate-600">{x.label}</dt>
              <dd className="font-medium text-slate-900">{x.value}</dd>
            </div>
          ))}
        </dl>
        {order.message ? (
          <p className="mt-3 text-sm">
            <span className="text-slate-600">{t("message")}: </span>
            {order.message}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="order-items" className={card}>
        <h2 id="order-items" className="text-lg font-semibold text-slate-900">
          {t("itemsTitle")}
        </h2>
        <OrderItems order={order} names={names} shortItems={shortItems} testIds={!refreshing} />
        <dl className="mt-3 ml-auto grid max-w-xs grid-cols-2 gap-1 text-sm">
          <dt className="text-slate-600">{t("totals.items")}</dt>
          <dd className="text-right">{f.money(order.total)}</dd>
          <dt className="text-slate-600">{t("totals.freight")}</dt>
          <dd className="text-right">{f.money(freight)}</dd>
          <dt className="font-semibold text-slate-900">{t("totals.order")}</dt>
          <dd className="text-right font-semibold text-slate-900" data-testid={tid("order-total")}>
            {f.money(order.total + freight)}
          </dd>
        </dl>
      </section>

      {order.invoiceDetail ? (
        <section aria-labelledby="order-invoice" className={card}>
          <h2 id="order-invoice" className="text-lg font-semibold text-slate-900">
            {t("invoiceTitle")}
          </h2>
          <p className="mt-1 text-sm" data-testid={tid("order-invoice")}>
            {t("invoice", { number: order.invoiceDetail.number, series: order.invoiceDetail.series })} ·{" "}
            {f.date(order.invoiceDetail.issueDate)} · {f.money(order.invoiceDetail.total)}
          </p>
          {order.invoiceDetail.instalments.length ? (
            <table className="mt-2 w-full max-w-lg text-sm">
              <thead className="text-left text-slate-700">
                <tr>
                  <th scope="col" className="p-2">
                    {t("instalmentColumns.instalment")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("instalmentColumns.due")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("instalmentColumns.value")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("instalmentColumns.balance")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.invoiceDetail.instalments.map((i) => (
                  <tr key={i.instalment || "single"} className="border-t border-slate-200">
                    <td className="p-2">{i.instalment || t("single")}</td>
                    <td className="p-2">{f.date(i.dueDate)}</td>
                    <td className="p-2 text-right">{f.money(i.value)}</td>
                    <td className="p-2 text-right">{f.money(i.balance)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}

      {/* The ERP's taxes are an online read of their own: asked once the order as it is now is in. */}
      {refreshing ? null : (
        <SavedTaxesPanel url={`/api/orders/${encodeURIComponent(order.number)}/taxes`} headingId="order-taxes" />
      )}

      <QueueHistory
        id="order-history"
        title={t("historyTitle")}
        empty={t("historyEmpty")}
        entries={history.map((h) => ({
          id: h.id,
          operation: t(`operations.${h.operation}`),
          status: t(`queue.${h.status}`),
          at: h.receivedAt ? f.dateTime(h.receivedAt) : null,
          message: h.message,
        }))}
        detailsLabel={tc("details")}
        className={`${card} print:hidden`}
        testId={tid("order-history")}
      />
    </article>
  );
}
