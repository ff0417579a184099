"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { linkButton } from "@/components/ui/button";
import { QueueSteps, queueWords, useQueueFollow } from "@/components/ui/queue-steps";
import type { RegistrationEntity, RegistrationQueueAnswer } from "@/lib/types/registration";
import type { Operation } from "./record-actions";

/** A delete or conversion sent from a record page, followed through the ERP's queue to its end. */
export function SentOperation({
  entity,
  operation,
  queueId,
  listHref,
}: {
  entity: Exclude<RegistrationEntity, "contact">;
  operation: Operation;
  queueId: string;
  listHref: string;
}) {
  const t = useTranslations("registration.queue");
  // No refresh when it is done: the record is gone (delete) or read-only (converted); the links lead on.
  const follow = useQueueFollow<RegistrationQueueAnswer>(`/api/registration/${entity}/queue/${queueId}`);
  const done = follow.finished?.item.status === "done" ? follow.finished : null;
  const customer = operation === "convert" ? done?.record : null;
  return (
    <QueueSteps
      title={t(`title.${operation}`)}
      words={queueWords(t)}
      follow={follow}
      doneText={
        operation === "delete"
          ? t("doneDelete")
          : customer
            ? t("doneConvert", { code: customer.code, store: customer.store })
            : null
      }
    >
      {done ? (
        <div className="mt-4 flex flex-wrap gap-2">
          {customer ? (
            <>
              <Link href={`/customers/${customer.code}/${customer.store}`} className={linkButton.primary}>
                {t("open")}
              </Link>
              <Link
                href={`/orders/new?customer=${customer.code}&store=${customer.store}`}
                className={linkButton.secondary}
              >
                {t("newOrder")}
              </Link>
            </>
          ) : (
            <Link href={listHref} className={linkButton.primary}>
              {t("backToList")}
            </Link>
          )}
        </div>
      ) : null}
    </QueueSteps>
  );
}
