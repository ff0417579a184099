import Link from "next/link";
import type { ReactNode } from "react";
import { coversWholeMonths } from "@/lib/indicator-query";
import { changeOf, targetProgress } from "@/lib/indicators";
import type { IndicatorCards as Cards } from "@/lib/types/indicators";
import { getFormat, getTranslations } from "@/server/i18n";

const card = "flex flex-col gap-1 rounded-2xl border border-slate-200 bg-white p-4";
const linkClass = "inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2";

function Card({ id, title, value, children }: { id: string; title: string; value: ReactNode; children?: ReactNode }) {
  return (
    <section aria-labelledby={`card-${id}`} className={card} data-testid={`card-${id}`}>
      <h3 id={`card-${id}`} className="text-sm font-medium text-slate-700">
        {title}
      </h3>
      <p className="text-2xl font-bold text-slate-900">{value}</p>
      {children}
    </section>
  );
}

/**
 * The period's cards, each compared with the same period a year earlier where that means
 * something; the ones that lead somewhere link to the filtered list.
 */
export async function IndicatorCards({ cards, previous }: { cards: Cards; previous: Cards }) {
  const [t, f] = await Promise.all([getTranslations("home"), getFormat()]);
  // Whole months by their names; a running period's same days as days ("1 – 2 de dez. de 2025").
  const previousPeriod = !coversWholeMonths(previous)
    ? f.dayRange(previous.startDate, previous.endDate)
    : f.month(previous.startDate.slice(0, 7)) +
      (previous.startDate.slice(0, 7) === previous.endDate.slice(0, 7)
        ? ""
        : ` – ${f.month(previous.endDate.slice(0, 7))}`);
  const versus = (current: number, before: number, show: string) => {
    const change = changeOf(current, before);
    const tone = change === null || change === 0 ? "text-slate-700" : change > 0 ? "text-emerald-800" : "text-red-700";
    const text =
      change === null
        ? t("noBase", { period: previousPeriod })
        : t("versus", {
            change: change === 0 ? t("same") : t(change > 0 ? "up" : "down", { percent: f.percent(Math.abs(change)) }),
            period: previousPeriod,
            value: show,
          });
    return <p className={`text-sm ${tone}`}>{text}</p>;
  };
  const progress = targetProgress(cards);
  const orders = (status: string) =>
    `/orders?${new URLSearchParams({ status, from: cards.startDate, to: cards.endDate })}`;
  const attainment = cards.targetAttainment ?? 0;
  return (
    <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="indicator-cards">
      <Card id="ordered" title={t("cards.ordered")} value={f.money(cards.ordered)}>
        {versus(cards.ordered, previous.ordered, f.money(previous.ordered))}
      </Card>
      <Card id="invoiced" title={t("cards.invoiced")} value={f.money(cards.invoiced)}>
        {versus(cards.invoiced, previous.invoiced, f.money(previous.invoiced))}
      </Card>
      <Card id="orders" title={t("cards.orders")} value={f.number(cards.orderCount)}>
        {versus(cards.orderCount, previous.orderCount, f.number(previous.orderCount))}
      </Card>
      <Card id="ticket" title={t("cards.ticket")} value={f.money(cards.averageTicket)}>
        {versus(cards.averageTicket, previous.averageTicket, f.money(previous.averageTicket))}
      </Card>
      <Card id="target" title={t("cards.target")} value={cards.target > 0 ? f.percent(attainment) : "—"}>
        {cards.target > 0 ? (
          <>
            <meter
              min={0}
              max={100}
              low={70}
              high={99.99}
              optimum={100}
              value={Math.min(100, attainment)}
              aria-labelledby="card-target"
              className="h-3 w-full"
            />
            <p className="text-sm text-slate-800">
              {t("attainment", { percent: f.percent(attainment), target: f.money(cards.target) })}
            </p>
            <p className="text-sm text-slate-800">
              {progress.reached ? t("targetReached") : t("missing", { amount: f.money(progress.missing) })}{" "}
              {!progress.reached && progress.pace !== null
                ? t("pace", { amount: f.money(progress.pace), days: progress.daysLeft })
                : progress.over && !progress.reached
                  ? t("periodOver")
                  : null}
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700">{t("noTarget")}</p>
        )}
      </Card>
      <Card id="open" title={t("cards.open")} value={f.money(cards.openOrders.value)}>
        <p className="text-sm text-slate-800">{t("openDetail", { count: cards.openOrders.count })}</p>
        <Link href={orders("open,released,credit_blocked,stock_blocked,rule_blocked")} className={linkClass}>
          {t("seeList")}
          <span className="sr-only"> · {t("cards.open")}</span>
        </Link>
      </Card>
      <Card id="blocked" title={t("cards.blocked")} value={f.number(cards.blockedOrders.total)}>
        <ul className="flex flex-wrap gap-x-3 text-sm">
          {(["credit", "stock", "rule"] as const).map((kind) => (
            <li key={kind}>
              <Link
                href={orders(`${kind}_blocked`)}
                className={linkClass}
                aria-label={`${t(`blockedBy.${kind}`, { count: cards.blockedOrders[kind] })} · ${t("blockedLink", { kind: t(`kinds.${kind}`) })}`}
              >
                {t(`blockedBy.${kind}`, { count: cards.blockedOrders[kind] })}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
      <Card id="inactive" title={t("cards.inactive")} value={f.number(cards.customersWithoutPurchase90Days)}>
        <p className="text-sm text-slate-800" data-testid="portfolio-detail">
          <Link href="/customers?status=active" className={linkClass}>
            {t("inactiveDetail", { total: cards.portfolioCustomers })}
          </Link>
        </p>
        <Link href="/customers?noPurchase=90" className={linkClass}>
          {t("seeList")}
          <span className="sr-only"> · {t("cards.inactive")}</span>
        </Link>
      </Card>
      <Card id="overdue" title={t("cards.overdue")} value={f.money(cards.overdueReceivables.value)}>
        <p className="text-sm text-slate-800">
          {t("overdueDetail", {
            titles: cards.overdueReceivables.titles,
            customers: cards.overdueReceivables.customers,
          })}
        </p>
        <Link href="/customers?overdue=1" className={linkClass}>
          {t("seeList")}
          <span className="sr-only"> · {t("cards.overdue")}</span>
        </Link>
      </Card>
    </div>
  );
}
