"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button, linkButton } from "@/components/ui/button";
import { QueueSteps, queueWords, useQueueFollow } from "@/components/ui/queue-steps";
import { allowed, type Privileges } from "@/lib/privileges";
import type { RegistrationEntity, RegistrationQueueAnswer } from "@/lib/types/registration";
import { convertProspectAction, deleteRegistrationAction } from "@/server/actions/registration";

/**
 * A customer's or prospect's actions on its page: change (the form), delete and — for a prospect —
 * convert into a customer, each confirmed, sent with the stamp the page was read with, and followed
 * through the ERP's queue here. The ERP's refusal (a customer with orders cannot be deleted) comes
 * back in its words at once.
 */
type Operation = "delete" | "convert";

export function RecordActions({
  entity,
  record,
  name,
  stamp,
  listHref,
  convertible = false,
  privileges,
  children,
}: {
  entity: Exclude<RegistrationEntity, "contact">;
  /** `code/store`. */
  record: string;
  name: string;
  stamp: string;
  listHref: string;
  convertible?: boolean;
  /** The ERP profile's (lib/privileges.ts): what it denies is not offered (the server refuses it too). */
  privileges: Privileges;
  children?: React.ReactNode;
}) {
  const records = entity === "customer" ? "customers" : "prospects";
  const may = {
    edit: allowed(privileges, `${records}.edit`),
    delete: allowed(privileges, `${records}.delete`),
    // The conversion makes a customer of the prospect.
    convert: convertible && allowed(privileges, "prospects.edit") && allowed(privileges, "customers.add"),
  };
  const t = useTranslations("registration.actions");
  const [sent, setSent] = useState<{ operation: Operation; queueId: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (operation: Operation) => {
    if (!window.confirm(t(operation === "delete" ? "deleteConfirm" : "convertConfirm", { name }))) return;
    setBusy(true);
    setProblem(null);
    try {
      const result =
        operation === "delete"
          ? await deleteRegistrationAction({ entity, record, stamp })
          : await convertProspectAction({ record, stamp });
      if (result.ok) setSent({ operation, queueId: result.data.queueId });
      else if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
      } else setProblem(result.error);
    } finally {
      setBusy(false);
    }
  };

  const [code, store] = record.split("/");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {children}
        {may.edit ? (
          <Link href={`/${records}/${code}/${store}/edit`} className={linkButton.secondary}>
            {t("edit")}
          </Link>
        ) : null}
        {may.convert ? (
          <Button
            type="button"
            variant="secondary"
            disabled={busy || Boolean(sent)}
            onClick={() => void run("convert")}
          >
            {t("convert")}
          </Button>
        ) : null}
        {may.delete ? (
          <Button type="button" variant="ghost" disabled={busy || Boolean(sent)} onClick={() => void run("delete")}>
            {t("delete")}
          </Button>
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      {sent ? <SentOperation entity={entity} {...sent} listHref={listHref} /> : null}
    </div>
  );
}

function SentOperation({
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
