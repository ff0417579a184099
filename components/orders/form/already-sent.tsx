"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { Button, linkButton } from "@/components/ui/button";
import { useQueueStatus } from "@/components/ui/use-queue-status";
import type { QueueStatusAnswer } from "@/lib/types/order-entry";
import { orderQueueUrl } from "../queue-progress";

/**
 * The draft had been sent before (its answer lost) and was edited since: the ERP holds the first
 * send's content. Says so, follows that first send, shows the order it became, and offers to apply
 * the rep's changes to it (or, if the ERP refused the first send, to send the current content).
 */
export function AlreadySent({ queueId, busy, onApply }: { queueId: string; busy: boolean; onApply: () => void }) {
  const t = useTranslations("orderForm.alreadySent");
  const status = useQueueStatus<QueueStatusAnswer>(orderQueueUrl(queueId));
  const item = status.data?.item;
  const number = status.data?.orderNumber ?? null;
  const done = item?.status === "done" && number;
  const refused = item?.status === "error";
  const text = done
    ? t("done", { number })
    : refused
      ? t("refused", { message: item.message })
      : status.isError && !item
        ? t("unknown")
        : t("pending");
  return (
    <section
      role="alert"
      aria-labelledby="already-sent-title"
      className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-950"
      data-testid="already-sent"
    >
      <h2 id="already-sent-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm">{text}</p>
      {done || refused ? (
        <p className="mt-2 flex flex-wrap gap-2">
          <Button type="button" disabled={busy} aria-busy={busy} onClick={onApply}>
            {busy ? t("applying") : done ? t("apply", { number }) : t("sendAgain")}
          </Button>
          {done ? (
            <Link href={`/orders/${encodeURIComponent(number)}`} className={linkButton.secondary}>
              {t("view", { number })}
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
