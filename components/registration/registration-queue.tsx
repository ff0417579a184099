"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useTranslations } from "use-intl";
import { Button, linkButton } from "@/components/ui/button";
import { QueueSteps, queueWords, useQueueFollow } from "@/components/ui/queue-steps";
import type { RegistrationKind } from "@/lib/schemas/registration-form";
import type { RegistrationQueueAnswer } from "@/lib/types/registration";

/** The send followed through the ERP's queue, then where to go next (the record, a new order). */
export function RegistrationQueue({
  entity,
  kind,
  queueId,
  backHref,
  onError,
}: {
  entity: RegistrationKind;
  kind: "new" | "edit";
  queueId: string;
  backHref: string;
  /** The ERP refused the send: back to the form, with the ERP's words. */
  onError: (message: string) => void;
}) {
  const t = useTranslations("registration.queue");
  const router = useRouter();
  const onFinished = useCallback(() => router.refresh(), [router]);
  const follow = useQueueFollow<RegistrationQueueAnswer>(`/api/registration/${entity}/queue/${queueId}`, onFinished);
  const done = follow.finished?.item.status === "done" ? follow.finished : null;
  const failed = follow.finished?.item.status === "error";
  const record = done?.record;
  const doneKey =
    entity === "customer"
      ? kind === "edit"
        ? "doneCustomerUpdate"
        : "doneCustomer"
      : kind === "edit"
        ? "doneProspectUpdate"
        : "doneProspect";
  const href = record
    ? `/${entity === "customer" ? "customers" : "prospects"}/${record.code}/${record.store}`
    : backHref;
  return (
    <QueueSteps
      title={t(`title.${kind === "edit" ? "update" : "insert"}`)}
      words={queueWords(t)}
      follow={follow}
      doneText={record ? t(doneKey, { code: record.code, store: record.store }) : null}
      note={failed ? <p className="mt-2 text-sm">{t("fixAndResend")}</p> : null}
    >
      <div className="mt-4 flex flex-wrap gap-2">
        {done ? (
          <>
            <Link href={href} className={linkButton.primary} data-testid="registration-open">
              {t("open")}
            </Link>
            {entity === "customer" && record ? (
              <Link href={`/orders/new?customer=${record.code}&store=${record.store}`} className={linkButton.secondary}>
                {t("newOrder")}
              </Link>
            ) : null}
          </>
        ) : null}
        {failed ? (
          <Button type="button" onClick={() => onError(follow.finished?.item.message ?? "")}>
            {t("fix")}
          </Button>
        ) : null}
        <Link href={backHref} className={linkButton.secondary}>
          {t("backToList")}
        </Link>
      </div>
    </QueueSteps>
  );
}
