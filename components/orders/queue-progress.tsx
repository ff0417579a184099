"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import type { QueueStatusAnswer } from "@/lib/types/order-entry";
import { linkButton } from "@/components/ui/button";
import { QueueSteps, queueWords, useQueueFollow } from "@/components/ui/queue-steps";

/** An order operation's queue status route (`app/api/orders/queue/[id]`). */
export const orderQueueUrl = (queueId: string) => `/api/orders/queue/${encodeURIComponent(queueId)}`;

/** An order the ERP made but holds: the rep must know it is not on its way yet, and what it waits for. */
const BLOCKED = ["credit_blocked", "stock_blocked", "rule_blocked"] as const;
type Blocked = (typeof BLOCKED)[number];
const isBlocked = (status: string | null | undefined): status is Blocked => BLOCKED.some((b) => b === status);

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
  const follow = useQueueFollow<QueueStatusAnswer>(orderQueueUrl(queueId), onFinished);
  const { finished } = follow;
  const blocked = isBlocked(finished?.orderStatus) ? finished.orderStatus : null;
  return (
    <QueueSteps
      title={t(`title.${operation}`)}
      words={queueWords((key) => t(key))}
      follow={follow}
      tone={blocked && finished?.item.status === "done" ? "warning" : undefined}
      note={
        blocked ? (
          <p className="mt-1 text-sm" data-testid="queue-next-step">
            {t(`blocked.${blocked}`)}
          </p>
        ) : null
      }
    >
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
    </QueueSteps>
  );
}
