"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { fetchJson } from "@/components/fetch-json";
import type { QueueStatusAnswer } from "@/lib/types/order-entry";

const steps = ["waiting", "processing", "done"] as const;

/** One queue item's status, polled every second until the ERP finished it (shared by every view of the item). */
export function useQueueStatus(queueId: string) {
  return useQuery({
    queryKey: ["queue", queueId],
    queryFn: () => fetchJson<QueueStatusAnswer>(`/api/orders/queue/${encodeURIComponent(queueId)}`),
    refetchInterval: (query) =>
      query.state.data && ["done", "error"].includes(query.state.data.item.status) ? false : 1_000,
    retry: 5,
    staleTime: 0,
  });
}

/**
 * An order operation on its way through the ERP's queue, updating by itself (every second) until
 * the ERP finished it: waiting → processing → done (the order, with its outcome) or error.
 */
export function QueueProgress({
  queueId,
  operation,
  onFinished,
}: {
  queueId: string;
  operation: "insert" | "update" | "delete";
  onFinished?: (answer: QueueStatusAnswer) => void;
}) {
  const t = useTranslations("orderForm.queue");
  const status = useQueueStatus(queueId);
  const answer = status.data;
  const finished = answer && (answer.item.status === "done" || answer.item.status === "error") ? answer : null;
  const reported = useRef(false);
  useEffect(() => {
    if (finished && !reported.current) {
      reported.current = true;
      onFinished?.(finished);
    }
  }, [finished, onFinished]);

  const current = answer?.item.status ?? "waiting";
  const reached = current === "error" ? 2 : steps.indexOf(current as (typeof steps)[number]);
  return (
    <section
      aria-labelledby="queue-title"
      className="rounded-2xl border border-brand-100 bg-brand-50 p-4"
      data-testid="queue-progress"
    >
      <h2 id="queue-title" className="text-lg font-semibold text-slate-900">
        {t(`title.${operation}`)}
      </h2>
      <ol className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t("steps")}>
        {steps.map((step, i) => (
          <li
            key={step}
            aria-current={i === reached ? "step" : undefined}
            className={`rounded-full px-3 py-1 font-medium ${i < reached ? "bg-emerald-100 text-emerald-900" : i === reached ? (current === "error" ? "bg-red-100 text-red-900" : "bg-brand-600 text-white") : "bg-white text-slate-700"}`}
          >
            {i === 2 && current === "error" ? t("error") : t(step)}
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="mt-3 text-base text-slate-900" data-testid="queue-status">
        {status.isError && !answer
          ? t("unknown")
          : finished
            ? finished.item.message || t(finished.item.status)
            : t(`${current}Hint`)}
      </p>
      {finished?.item.status === "done" && finished.orderNumber && operation !== "delete" ? (
        <p className="mt-3 flex flex-wrap gap-3">
          <Link
            href={`/orders/${encodeURIComponent(finished.orderNumber)}`}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
          >
            {t("viewOrder", { number: finished.orderNumber })}
          </Link>
          <Link
            href="/orders/new"
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100"
          >
            {t("newOrder")}
          </Link>
        </p>
      ) : null}
      {finished?.item.status === "done" && operation === "delete" ? (
        <p className="mt-3">
          <Link
            href="/orders"
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700"
          >
            {t("backToOrders")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
