"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { TechnicalText } from "@/components/ui/technical-text";
import { useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { fetchJson } from "@/components/fetch-json";
import type { QueueStatusAnswer } from "@/lib/types/order-entry";
import { linkButton } from "@/components/ui/button";

const steps = ["waiting", "processing", "done"] as const;

/** An order the ERP made but holds: the rep must know it is not on its way yet, and what it waits for. */
const BLOCKED = ["credit_blocked", "stock_blocked", "rule_blocked"] as const;
type Blocked = (typeof BLOCKED)[number];
const isBlocked = (status: string | null | undefined): status is Blocked => BLOCKED.some((b) => b === status);

type Tone = "progress" | "success" | "warning" | "error";
const toneClass: Record<Tone, string> = {
  progress: "border-brand-100 bg-brand-50 text-slate-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-900",
};

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
  const tc = useTranslations("common");
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
  const blocked = isBlocked(finished?.orderStatus) ? finished.orderStatus : null;
  const outcome: Tone = current === "error" ? "error" : blocked ? "warning" : finished ? "success" : "progress";
  return (
    <section
      aria-labelledby="queue-title"
      className="rounded-2xl border border-slate-200 bg-white p-4"
      data-testid="queue-progress"
    >
      <h2 id="queue-title" className="text-lg font-semibold text-slate-900">
        {t(`title.${operation}`)}
      </h2>
      {/* A stepper, not chips: numbered marks joined by a line, the steps behind ticked. */}
      <ol className="mt-4 flex items-start" aria-label={t("steps")}>
        {steps.map((step, i) => {
          const state = i < reached || (i === reached && finished) ? "done" : i === reached ? "current" : "later";
          const failed = i === 2 && current === "error";
          return (
            <li
              key={step}
              aria-current={i === reached ? "step" : undefined}
              className="flex flex-1 flex-col items-center gap-1 text-center text-sm"
              data-step-state={failed ? "error" : state}
            >
              <span className="flex w-full items-center" aria-hidden="true">
                <span
                  className={`h-0.5 flex-1 ${i === 0 ? "invisible" : i <= reached ? "bg-emerald-500" : "bg-slate-200"}`}
                />
                <span
                  className={`flex size-7 shrink-0 items-center justify-center rounded-full text-xs font-bold ${failed ? "bg-red-600 text-white" : state === "done" ? "bg-emerald-600 text-white" : state === "current" ? "border-2 border-brand-600 text-brand-700" : "border-2 border-slate-300 text-slate-500"}`}
                >
                  {failed ? "!" : state === "done" ? "✓" : i + 1}
                </span>
                <span
                  className={`h-0.5 flex-1 ${i === steps.length - 1 ? "invisible" : i < reached ? "bg-emerald-500" : "bg-slate-200"}`}
                />
              </span>
              <span className={state === "later" ? "text-slate-600" : "font-medium text-slate-900"}>
                {failed ? t("error") : t(step)}
                <span className="sr-only">
                  {" "}
                  ({state === "done" ? t("stepDone") : state === "current" ? t("stepCurrent") : ""})
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <div
        className={`mt-4 rounded-xl border p-3 ${toneClass[outcome]}`}
        data-testid="queue-outcome"
        data-tone={outcome}
      >
        <div role="status" aria-live="polite" className="text-base font-medium" data-testid="queue-status">
          {status.isError && !answer ? (
            t("unknown")
          ) : finished ? (
            finished.item.message ? (
              <TechnicalText text={finished.item.message} detailsLabel={tc("details")} />
            ) : (
              t(finished.item.status)
            )
          ) : (
            t(`${current}Hint`)
          )}
        </div>
        {blocked ? (
          <p className="mt-1 text-sm" data-testid="queue-next-step">
            {t(`blocked.${blocked}`)}
          </p>
        ) : null}
      </div>
      {finished?.item.status === "done" && finished.orderNumber && operation !== "delete" ? (
        <p className="mt-3 flex flex-wrap gap-3">
          <Link href={`/orders/${encodeURIComponent(finished.orderNumber)}`} className={linkButton.primary}>
            {t("viewOrder", { number: finished.orderNumber })}
          </Link>
          <Link href="/orders/new" className={linkButton.secondary}>
            {t("newOrder")}
          </Link>
        </p>
      ) : null}
      {finished?.item.status === "done" && operation === "delete" ? (
        <p className="mt-3">
          <Link href="/orders" className={linkButton.primary}>
            {t("backToOrders")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
