"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { QueueSteps, queueWords, useQueueFollow } from "@/components/ui/queue-steps";
import type { RegistrationQueueAnswer } from "@/lib/types/registration";
import type { OpenForm } from "./contact-editor";

/** A contact write on its way through the ERP's queue; `form` is what was sent (to fix after a refusal). */
export type SentContact = {
  operation: "insert" | "update" | "delete";
  queueId: string;
  name: string;
  finished: boolean;
  form?: OpenForm;
};

const DONE = { insert: "doneInsert", update: "doneUpdate", delete: "doneDelete" } as const;

/**
 * The write followed until the ERP finished it; then the page's data is read again (the store
 * learnt the outcome before the queue route answered), so the list shows the contact as the ERP
 * keeps it. A refusal comes back in the ERP's words, with the form to fix and resend.
 */
export function ContactQueue({
  sent,
  onFinished,
  onFix,
  onClose,
}: {
  sent: SentContact;
  onFinished: () => void;
  onFix?: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("contacts.queue");
  const tq = useTranslations("registration.queue");
  const router = useRouter();
  const finished = useCallback(() => {
    onFinished();
    router.refresh();
  }, [onFinished, router]);
  const follow = useQueueFollow<RegistrationQueueAnswer>(`/api/registration/contact/queue/${sent.queueId}`, finished);
  const failed = follow.finished?.item.status === "error";
  return (
    <QueueSteps
      title={tq(`title.${sent.operation}`)}
      words={queueWords(tq)}
      follow={follow}
      doneText={t(DONE[sent.operation], { name: sent.name })}
    >
      {follow.finished ? (
        <div className="mt-4 flex flex-wrap gap-2">
          {failed && onFix ? (
            <Button type="button" onClick={onFix}>
              {t("fix")}
            </Button>
          ) : null}
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("close")}
          </Button>
        </div>
      ) : null}
    </QueueSteps>
  );
}
