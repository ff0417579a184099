"use client";

import { withQueryScope } from "@/components/query-scope";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Privileges } from "@/lib/privileges";
import type { QuotationStatus } from "@/lib/types/quotation";
import type { QuotationQueueAnswer } from "@/lib/types/quotation-queue";
import { convertQuotationAction, deleteQuotationAction } from "@/server/actions/quotations";
import { QuotationActionBar, type QuotationOperation as Operation } from "./quotation-action-bar";
import { QuotationQueueProgress } from "./quotation-queue-progress";

/**
 * "Converter em pedido" (open quotations only) and "Excluir" (open or expired), each after a
 * confirmation that says what the ERP will do, then followed through the ERP's queue here: a
 * conversion opens the order it made, a delete goes back to the list, a refusal stays on the page
 * in the ERP's words with the actions usable again.
 */
export function QuotationActions({
  number,
  status,
  editable,
  convertible,
  online,
  prospectHref,
  privileges,
}: {
  number: string;
  status: QuotationStatus;
  editable: boolean;
  convertible: boolean;
  /** Read from the ERP now: converting or deleting needs its current state. */
  online: boolean;
  /**
   * Still a prospect's quotation (no customer yet): the ERP converts it only once the prospect is a
   * customer, so the prospect's page (where it is converted) is offered instead of the conversion.
   */
  prospectHref?: string;
  /** The ERP profile's (lib/privileges.ts): a conversion makes an order; what it denies is not offered. */
  privileges: Privileges;
}) {
  const t = useTranslations("quotation.actions");
  const router = useRouter();
  const [confirming, setConfirming] = useState<Operation | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ queueId: string; operation: Operation } | null>(null);
  const [refused, setRefused] = useState(false);
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const confirmBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmBox.current?.focus();
  }, [confirming]);

  async function send(operation: Operation) {
    setSending(true);
    setError(null);
    const result = await (operation === "convert" ? convertQuotationAction : deleteQuotationAction)({ number });
    setSending(false);
    setConfirming(null);
    if (result.ok) {
      setRefused(false);
      setSent({ queueId: result.data.queueId, operation });
    } else if (result.code === "session_expired") {
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/login?expired=1");
    } else {
      setError({ text: result.error, conflict: result.code === "conflict" });
      // A refusal may mean the page is behind the ERP (converted, changed or deleted meanwhile).
      if (result.code !== "conflict") router.refresh();
    }
  }

  const operation = sent?.operation;
  const finished = useCallback(
    (answer: QuotationQueueAnswer) => {
      if (answer.item.status === "error") {
        // The ERP's words stay on screen; the page reloads its state (history, status) behind them.
        setRefused(true);
        router.refresh();
      } else if (operation === "convert" && answer.orderNumber)
        router.push(`/orders/${encodeURIComponent(answer.orderNumber)}`);
      else if (operation === "delete") router.push(`/quotations?deleted=${encodeURIComponent(number)}`);
    },
    [operation, number, router],
  );

  const busy = sending || (sent !== null && !refused);
  return (
    <QuotationActionBar
      status={status}
      editable={editable}
      convertible={convertible}
      online={online}
      prospectHref={prospectHref}
      privileges={privileges}
      t={(key) => t(key)}
      busy={busy}
      confirming={confirming}
      onConfirm={setConfirming}
      buttons={!sent || refused}
      before={
        sent ? (
          <QuotationQueueProgress
            key={sent.queueId}
            queueId={sent.queueId}
            number={number}
            operation={sent.operation}
            onFinished={finished}
          />
        ) : null
      }
    >
      {confirming ? (
        <div
          ref={confirmBox}
          tabIndex={-1}
          role="group"
          aria-labelledby="quotation-confirm-title"
          className={`rounded-xl border p-3 text-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${confirming === "delete" ? "border-red-300 bg-red-50 text-red-950" : "border-brand-100 bg-brand-50 text-slate-900"}`}
          data-testid="quotation-confirm"
        >
          <p id="quotation-confirm-title" className="text-base font-semibold">
            {t(`${confirming}Confirm.title`, { number })}
          </p>
          <p className="mt-1">{t(`${confirming}Confirm.body`)}</p>
          <p className="mt-3 flex flex-wrap gap-2">
            <Button type="button" disabled={sending} aria-busy={sending} onClick={() => void send(confirming)}>
              {sending ? t("sending") : t(`${confirming}Confirm.confirm`)}
            </Button>
            <Button type="button" variant="secondary" disabled={sending} onClick={() => setConfirming(null)}>
              {t("cancel")}
            </Button>
          </p>
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
          <p>{error.text}</p>
          {error.conflict ? (
            <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
              {t("reload")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </QuotationActionBar>
  );
}

/** The island's entry (quotation-actions.island.tsx): `QuotationActions` inside the query cache, with its hydration marker. */
export const QuotationActionsInScope = withQueryScope(QuotationActions);
