"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { discardOrderDraft } from "@/server/actions/orders";

/** Discards a draft after the rep confirms it. */
export function DiscardDraftButton({ id, label, confirm }: { id: string; label: string; confirm: string }) {
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
        await discardOrderDraft({ id });
        router.refresh();
        setBusy(false);
      }}
    >
      {label}
    </Button>
  );
}
