"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { TechnicalText } from "@/components/ui/technical-text";
import type { QueueAnswer, useQueueFollow } from "./use-queue-status";

export { useQueueFollow, useQueueStatus, type QueueAnswer } from "./use-queue-status";

/**
 * Following one operation through the ERP's queue (orders and quotations share it): the polling
 * hook and the stepper with its outcome. The words come from the caller's namespace
 * (`orderForm.queue`, `quotation.queue`), so each page sends only its own.
 */

export type QueueFollow<A extends QueueAnswer> = ReturnType<typeof useQueueFollow<A>>;

const wordKeys = [
  "steps",
  "waiting",
  "processing",
  "done",
  "error",
  "stepDone",
  "stepCurrent",
  "unknown",
  "waitingHint",
  "processingHint",
] as const;
export type QueueWords = Record<(typeof wordKeys)[number], string>;

/** The stepper's words from a namespace that has them (`t` bound to it). */
export const queueWords = (t: (key: (typeof wordKeys)[number]) => string): QueueWords =>
  Object.fromEntries(wordKeys.map((k) => [k, t(k)])) as QueueWords;

export type QueueTone = "progress" | "success" | "warning" | "error";
const toneClass: Record<QueueTone, string> = {
  progress: "border-brand-100 bg-brand-50 text-slate-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-900",
};

const steps = ["waiting", "processing", "done"] as const;

/**
 * An operation on its way through the ERP's queue, updating by itself until the ERP finished it:
 * waiting → processing → done (with its outcome) or error (the ERP's words). `doneText` replaces
 * the ERP's message of a success with the caller's own; `tone` overrides the outcome's colour (a
 * blocked order is a warning); `note` and `children` follow the outcome (next step, links).
 */
export function QueueSteps<A extends QueueAnswer>({
  title,
  words,
  follow,
  doneText,
  tone,
  note,
  children,
}: {
  title: string;
  words: QueueWords;
  follow: QueueFollow<A>;
  doneText?: string | null;
  tone?: QueueTone;
  note?: ReactNode;
  children?: ReactNode;
}) {
  const tc = useTranslations("common");
  const { status, answer, finished, current } = follow;
  const reached = current === "error" ? 2 : steps.indexOf(current as (typeof steps)[number]);
  const outcome: QueueTone = tone ?? (current === "error" ? "error" : finished ? "success" : "progress");
  return (
    <section
      aria-labelledby="queue-title"
      className="rounded-2xl border border-slate-200 bg-white p-4"
      data-testid="queue-progress"
    >
      <h2 id="queue-title" className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {/* A stepper, not chips: numbered marks joined by a line, the steps behind ticked. */}
      <ol className="mt-4 flex items-start" aria-label={words.steps}>
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
                {failed ? words.error : words[step]}
                <span className="sr-only">
                  {" "}
                  ({state === "done" ? words.stepDone : state === "current" ? words.stepCurrent : ""})
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
            words.unknown
          ) : finished ? (
            finished.item.status === "done" && doneText ? (
              doneText
            ) : finished.item.message ? (
              <TechnicalText text={finished.item.message} detailsLabel={tc("details")} />
            ) : (
              words[finished.item.status as "done" | "error"]
            )
          ) : (
            words[`${current as "waiting" | "processing"}Hint`]
          )}
        </div>
        {note}
      </div>
      {children}
    </section>
  );
}
