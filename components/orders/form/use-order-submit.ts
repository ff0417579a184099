"use client";

import { useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { useTranslations } from "use-intl";
import { plainWords } from "@/lib/technical-text";
import { SERVER_MESSAGE as SERVER } from "@/components/ui/use-field-error-text";
import type { OrderForm as OrderFormData } from "@/lib/schemas/order-form";
import type { OrderFormInitial, QueueStatusAnswer } from "@/lib/types/order-entry";
import { submitOrderAction } from "@/server/actions/orders";
import { documentPath, type SalesDocument } from "./sales-document";
import type { OrderFormValues } from "./form-values";

export type Banner = { tone: "error" | "warning" | "info"; text: string; conflict?: boolean };

/** Typing, or sent: following the queue item the ERP made of the send. */
type Phase = { kind: "editing" } | { kind: "sent"; queueId: string; operation: "insert" | "update" };

/** Either send action: the submit, or "apply my changes" to the order an earlier send became. */
export type SendAction = typeof submitOrderAction;

/** What the draft's last send left (a refusal, not sent), as the banner the form opens with. */
function useProblemBanner(problem: OrderFormInitial["problem"], document: SalesDocument): Banner | null {
  const to = useTranslations("orderForm");
  const tq = useTranslations("quotationForm");
  const t = (document === "quotation" ? tq : to) as unknown as typeof to;
  const erpText = useTranslations("erpErrors");
  if (problem?.kind === "not_sent") return { tone: "warning", text: t("errors.notSentBefore") };
  if (problem?.kind !== "rejected") return null;
  // Stored as a code when the ERP gave no words of its own: worded in the viewer's language here.
  const message = problem.generic ? erpText(problem.generic) : problem.message;
  return { tone: "error", text: t("errors.rejectedBefore", { message }) };
}

/**
 * Sending the order: one send at a time from this page (the server guards the draft as well), what
 * came of it (queued, refused with field errors, not sent, already sent before, a conflict), and
 * the queue item it became, until the ERP finished it.
 */
export function useOrderSubmit({
  document = "order",
  submitAction = submitOrderAction,
  initial,
  draftId,
  customerName,
  methods,
  rememberDraftInUrl,
  onAccepted,
}: {
  document?: SalesDocument;
  /** The document's send action (the order's by default; the quotation form passes its own). */
  submitAction?: SendAction;
  initial: OrderFormInitial;
  draftId: string;
  customerName: string;
  methods: UseFormReturn<OrderFormValues, unknown, OrderFormData>;
  rememberDraftInUrl: () => void;
  /** The ERP took the send: this device's copy of the draft is not needed any more. */
  onAccepted: () => void;
}) {
  // The words of the document being sent (the same keys in `orderForm` and `quotationForm`).
  const tf = useTranslations("orderForm");
  const tq = useTranslations("quotationForm");
  const t = (document === "quotation" ? tq : tf) as unknown as typeof tf;
  const editing = initial.kind === "edit";
  const [phase, setPhase] = useState<Phase>(
    initial.queueId
      ? { kind: "sent", queueId: initial.queueId, operation: editing ? "update" : "insert" }
      : { kind: "editing" },
  );
  const problemBanner = useProblemBanner(initial.problem, document);
  const [banner, setBanner] = useState<Banner | null>(problemBanner);
  // An earlier send of this draft the ERP kept (with its content, not the edits made since).
  const [sentBefore, setSentBefore] = useState<string | null>(
    initial.problem?.kind === "already_sent" ? initial.problem.queueId : null,
  );
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const { handleSubmit, setError } = methods;

  /** Sends the form with one of the two send actions, and shows what came of it. */
  const sendWith = (action: SendAction) =>
    async function onValid(form: OrderFormData) {
      setBanner(null);
      const result = await action({
        draftId,
        kind: initial.kind,
        orderNumber: initial.orderNumber ?? undefined,
        stamp: initial.stamp ?? undefined,
        customerName,
        form,
      });
      // The submit saved the draft first, whatever the ERP answered.
      if (
        result.ok ||
        result.fieldErrors ||
        result.code === "not_sent" ||
        result.code === "conflict" ||
        result.code === "already_sent"
      )
        rememberDraftInUrl();
      if (result.ok) {
        onAccepted();
        setSentBefore(null);
        const { queueId, orderId } = result.data;
        // Applied to the order the first send became: from now on this is that order's change.
        if (orderId && !editing)
          window.history.replaceState(
            null,
            "",
            `${documentPath[document]}/${encodeURIComponent(orderId.slice(-6))}/edit`,
          );
        if (queueId) setPhase({ kind: "sent", queueId, operation: editing || orderId ? "update" : "insert" });
        else setBanner({ tone: "info", text: t("errors.alreadySending") });
        return;
      }
      if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
        return;
      }
      if (result.code === "already_sent" && result.queueId) {
        setSentBefore(result.queueId);
        return;
      }
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        setError((field === "form" ? "root" : field) as "root", { message: `${SERVER}${message}` });
      }
      setBanner({
        tone: result.code === "not_sent" || result.code === "pending" ? "warning" : "error",
        text: result.error,
        conflict: result.code === "conflict",
      });
    };

  /** One send at a time from this page (the server guards the draft as well). */
  function send(action: SendAction, e?: React.BaseSyntheticEvent) {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    void handleSubmit(sendWith(action), () => setBanner({ tone: "error", text: tf("errors.fixFields") }))(e).finally(
      () => {
        inFlight.current = false;
        setSending(false);
      },
    );
  }

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    send(submitAction, e);
  }

  /** The queue item is finished: a refusal comes back to the form with the ERP's words. */
  function finished(answer: Pick<QueueStatusAnswer, "item"> | { item: { status: string; message: string } }) {
    // A new order's draft applied to the order it became is that order's change now: its edit page shows the refusal.
    if (answer.item.status === "error" && phase.kind === "sent" && phase.operation === "update" && !editing)
      window.location.reload();
    else if (answer.item.status === "error") {
      setPhase({ kind: "editing" });
      setBanner({
        tone: "error",
        text: t("errors.rejectedByJob", { message: plainWords(answer.item.message).replace(/\.+$/, "") }),
      });
    }
  }

  return { phase, banner, setBanner, sentBefore, sending, send, submit, finished };
}
