"use client";

import { withQueryScope } from "@/components/query-scope";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button, linkButton } from "@/components/ui/button";
import { allowed, type Privileges } from "@/lib/privileges";
import type { RegistrationEntity } from "@/lib/types/registration";
import { convertProspectAction, deleteRegistrationAction } from "@/server/actions/registration";

// What follows a confirmed delete or conversion through the ERP's queue (and the query cache that
// polls it) is fetched when an operation is sent, not with the record page.
const SentOperation = dynamic(
  () =>
    Promise.all([import("./sent-operation"), import("@/components/query-scope")]).then(([m, q]) =>
      q.withQueryScope(m.SentOperation),
    ),
  { ssr: false },
);

/**
 * A customer's or prospect's actions on its page: change (the form), delete and — for a prospect —
 * convert into a customer, each confirmed, sent with the stamp the page was read with, and followed
 * through the ERP's queue here. The ERP's refusal (a customer with orders cannot be deleted) comes
 * back in its words at once.
 */
export type Operation = "delete" | "convert";

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

/** The island's entry (record-actions.island.tsx): `RecordActions` inside the query cache, with its hydration marker. */
export const RecordActionsInScope = withQueryScope(RecordActions);
