"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { linkButton } from "@/components/ui/button";
import { QueueSteps, queueWords, useQueueFollow } from "@/components/ui/queue-steps";
import type { QuotationQueueItem } from "@/lib/types/quotation";
import type { QuotationQueueAnswer } from "@/lib/types/quotation-queue";

/** A quotation operation's queue status route (`app/api/quotations/queue/[id]`). */
export const quotationQueueUrl = (queueId: string) => `/api/quotations/queue/${encodeURIComponent(queueId)}`;

/**
 * A quotation operation on its way through the ERP's queue, updating by itself until the ERP
 * finished it. A success is said in the portal's words (the quotation, the order a conversion
 * made); a refusal in the ERP's. `children` add the caller's next steps.
 */
export function QuotationQueueProgress({
  queueId,
  number,
  operation,
  onFinished,
  children,
}: {
  queueId: string;
  /** The quotation's number when the operation is on an existing one (an insert learns it from the ERP). */
  number?: string;
  operation: QuotationQueueItem["operation"];
  onFinished?: (answer: QuotationQueueAnswer) => void;
  children?: ReactNode;
}) {
  const t = useTranslations("quotation.queue");
  const follow = useQueueFollow<QuotationQueueAnswer>(quotationQueueUrl(queueId), onFinished);
  const done = follow.finished?.item.status === "done" ? follow.finished : null;
  const quotation = done?.quotationNumber ?? number ?? "";
  const doneText = !done
    ? null
    : operation === "convert" && done.orderNumber
      ? t("converted", { number: quotation, order: done.orderNumber })
      : operation === "delete"
        ? t("deleted", { number: quotation })
        : quotation
          ? t("saved", { number: quotation })
          : null;
  return (
    <QueueSteps title={t(`title.${operation}`)} words={queueWords((key) => t(key))} follow={follow} doneText={doneText}>
      {done && operation === "convert" && done.orderNumber ? (
        <p className="mt-3">
          <Link href={`/orders/${encodeURIComponent(done.orderNumber)}`} className={linkButton.primary}>
            {t("openOrder", { order: done.orderNumber })}
          </Link>
        </p>
      ) : null}
      {done && operation === "delete" ? (
        <p className="mt-3">
          <Link href="/quotations" className={linkButton.primary}>
            {t("backToList")}
          </Link>
        </p>
      ) : null}
      {done && (operation === "insert" || operation === "update") && done.quotationNumber ? (
        <p className="mt-3 flex flex-wrap gap-3">
          <Link href={`/quotations/${encodeURIComponent(done.quotationNumber)}`} className={linkButton.primary}>
            {t("openQuotation", { number: done.quotationNumber })}
          </Link>
          <Link href="/quotations/new" className={linkButton.secondary}>
            {t("newQuotation")}
          </Link>
        </p>
      ) : null}
      {children}
    </QueueSteps>
  );
}
