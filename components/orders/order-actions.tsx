"use client";

import { withQueryScope } from "@/components/query-scope";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { allowed, type Privileges } from "@/lib/privileges";
import { deleteOrderAction } from "@/server/actions/orders";
import { OrderActionBar } from "./order-action-bar";
import { QueueProgress } from "./queue-progress";

/**
 * What the rep may do with an order: edit and delete while the ERP still allows it (open or
 * blocked, read online now), copy as a new order always. A delete follows the ERP's queue here.
 */
export function OrderActions({
  number,
  stamp,
  editable,
  online,
  privileges,
}: {
  number: string;
  stamp: string;
  editable: boolean;
  online: boolean;
  /** The ERP profile's (lib/privileges.ts): what it denies is not offered (the server refuses it too). */
  privileges: Privileges;
}) {
  const t = useTranslations("orderActions");
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const [queueId, setQueueId] = useState<string | null>(null);
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);

  async function remove() {
    if (!window.confirm(t("deleteConfirm", { number }))) return;
    setDeleting(true);
    setError(null);
    const result = await deleteOrderAction({ number, stamp });
    setDeleting(false);
    if (result.ok) setQueueId(result.data.queueId);
    else if (result.code === "session_expired") {
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/login?expired=1");
    } else setError({ text: result.error, conflict: result.code === "conflict" });
  }

  // Once the ERP carried the delete out the page shows the deleted order, not the order as it was.
  if (queueId)
    return (
      <QueueProgress
        queueId={queueId}
        operation="delete"
        onFinished={(answer) => answer.item.status === "done" && router.refresh()}
      />
    );
  return (
    <OrderActionBar
      number={number}
      editable={editable}
      online={online}
      privileges={privileges}
      t={(key) => t(key)}
      remove={
        editable && online && allowed(privileges, "orders.delete") ? (
          <Button
            type="button"
            variant="secondary"
            disabled={deleting}
            onClick={() => void remove()}
            className="text-red-800"
          >
            {deleting ? t("deleting") : t("delete")}
          </Button>
        ) : null
      }
    >
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
    </OrderActionBar>
  );
}

/** The island's entry (order-actions.island.tsx): `OrderActions` inside the query cache, with its hydration marker. */
export const OrderActionsInScope = withQueryScope(OrderActions);
