"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import Link from "next/link";
import { PhoneCollapse } from "@/components/ui/phone-collapse";
import { TechnicalText } from "@/components/ui/technical-text";
import { useFormatter, useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fetchJson } from "@/components/fetch-json";
import type { OrderFilterStatus, PendingStatus } from "@/lib/order-query-options";
import type { PendingOrder } from "@/lib/types/order-entry";
import { dismissPendingAction } from "@/server/actions/orders";
import { badgeClass } from "./status-tone";

const tone: Record<PendingStatus, string> = {
  queued: "bg-brand-100 text-brand-800",
  processing: "bg-brand-600 text-white",
  error: "bg-red-100 text-red-900",
};

/**
 * Order operations the ERP has not finished yet (queued, processing) or refused (error), above My
 * orders; refreshed every few seconds while any is still running. A status filter narrows them
 * like the list (an order status filter alone hides them). `initial` is what the store held when
 * the page was drawn, so the panel is there at first paint instead of pushing the list down.
 */
export function PendingOrders({ statuses, initial }: { statuses: OrderFilterStatus[]; initial: PendingOrder[] }) {
  const t = useTranslations("pendingOrders");
  const ts = useTranslations("orderStatus");
  const tc = useTranslations("common");
  const format = useFormatter();
  const { money } = useFormat();
  const pending = useQuery({
    queryKey: ["orders-pending"],
    queryFn: () => fetchJson<{ items: PendingOrder[] }>("/api/orders/pending"),
    initialData: { items: initial },
    refetchInterval: (query) => (query.state.data?.items.some((p) => p.status !== "error") ? 3_000 : 30_000),
    staleTime: 0,
  });
  const chosen = statuses.filter((s): s is PendingStatus => s === "queued" || s === "processing" || s === "error");
  const queryClient = useQueryClient();
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [dismissError, setDismissError] = useState<string | null>(null);
  // A dismissed refusal leaves the list at once and for good (the store remembers it).
  async function dismiss(queueId: string) {
    setDismissing(queueId);
    setDismissError(null);
    try {
      const result = await dismissPendingAction({ queueId });
      if (!result.ok) setDismissError(result.error);
      else
        queryClient.setQueryData<{ items: PendingOrder[] }>(["orders-pending"], (old) =>
          old ? { items: old.items.filter((p) => p.queueId !== queueId) } : old,
        );
    } catch {
      setDismissError(t("dismissFailed"));
    } finally {
      setDismissing(null);
    }
  }
  if (statuses.length && !chosen.length) return null;
  const items = (pending.data?.items ?? []).filter((p) => !chosen.length || chosen.includes(p.status));
  if (!items.length) return null;
  // On a phone the operations fold behind one line ("Em andamento no ERP: Erro no ERP (1)"), so My orders start on the first screen.
  const shown = [...new Set(items.map((p) => p.status))];
  const summary = `${t("title")}: ${shown.map((s) => `${ts(s)} (${items.filter((p) => p.status === s).length})`).join(", ")}`;
  return (
    <section
      aria-labelledby="pending-title"
      className="rounded-2xl border border-brand-100 bg-brand-50 p-3 md:p-4"
      data-testid="pending-orders"
    >
      <h2 id="pending-title" className="text-lg font-semibold text-slate-900 max-md:sr-only">
        {t("title")}
      </h2>
      <PhoneCollapse summary={summary} open={dismissError !== null} testId="pending-toggle">
        <p className="text-sm text-slate-700 max-md:mt-2">{t("intro")}</p>
        {dismissError ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-800">
            {dismissError}
          </p>
        ) : null}
        <ul className="mt-3 space-y-2">
          {items.map((p) => (
            <li
              key={p.queueId ?? p.draftId}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-slate-200 bg-white p-3 text-sm"
              data-testid="pending-order"
            >
              <span className={`${badgeClass} ${tone[p.status]}`}>{ts(p.status)}</span>
              <span className="font-medium text-slate-900">
                {p.operation === "insert" ? t("insert") : t(p.operation, { number: p.orderNumber ?? "" })}
              </span>
              <span className="text-slate-800">
                {p.customerName || (p.operation === "insert" ? t("noCustomer") : "")}
              </span>
              {p.total !== null ? <span className="text-slate-800">{money(p.total)}</span> : null}
              {p.receivedAt ? (
                <span className="text-slate-600">
                  {format.dateTime(new Date(p.receivedAt), { dateStyle: "short", timeStyle: "short" })}
                </span>
              ) : null}
              {p.message ? (
                <TechnicalText className="basis-full text-slate-800" text={p.message} detailsLabel={tc("details")} />
              ) : (
                <span className="basis-full text-slate-600">{ts(`meaning.${p.status}`)}</span>
              )}
              {p.status === "error" && (p.draftId || p.operation === "update") ? (
                <Link
                  href={
                    p.operation === "update" && p.orderNumber
                      ? `/orders/${encodeURIComponent(p.orderNumber)}/edit`
                      : `/orders/new?draft=${p.draftId}`
                  }
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
                >
                  {t("fix")}
                </Link>
              ) : p.status !== "error" && p.draftId && p.operation === "insert" ? (
                <Link
                  href={`/orders/new?draft=${p.draftId}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
                >
                  {t("follow")}
                </Link>
              ) : p.status === "error" && p.operation === "insert" ? (
                <span className="basis-full text-slate-700" data-testid="pending-no-draft">
                  {t("noDraft")}
                </span>
              ) : p.orderNumber && p.operation !== "delete" ? (
                <Link
                  href={`/orders/${encodeURIComponent(p.orderNumber)}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
                >
                  {t("view", { number: p.orderNumber })}
                </Link>
              ) : null}
              {p.status === "error" && p.queueId ? (
                <button
                  type="button"
                  className="inline-flex min-h-11 items-center font-medium text-slate-700 underline underline-offset-2 disabled:opacity-60"
                  disabled={dismissing === p.queueId}
                  onClick={() => void dismiss(p.queueId!)}
                >
                  {t("dismiss")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </PhoneCollapse>
    </section>
  );
}
