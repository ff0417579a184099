"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { discardOrderDraft } from "@/server/actions/orders";
import { discardEnrolmentAction } from "@/server/actions/sge-enrol";

/** Discards a draft (an order's or an enrolment's) after the rep confirms it. */
export function DiscardDraftButton({
  id,
  label,
  confirm,
  kind = "order",
}: {
  id: string;
  label: string;
  confirm: string;
  kind?: "order" | "enrolment";
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={busy}
      onClick={async () => {
        if (!window.confirm(confirm)) return;
        setBusy(true);
        window.localStorage.removeItem(`pgv-draft:${id}`);
        await (kind === "order" ? discardOrderDraft({ id }) : discardEnrolmentAction({ id }));
        router.refresh();
        setBusy(false);
      }}
    >
      {label}
    </Button>
  );
}
