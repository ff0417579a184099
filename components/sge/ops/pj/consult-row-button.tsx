"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { consultPjContractAction } from "@/server/actions/sge-ops";

/** Asks RM again about one known contract; the card shows the new answer after the refresh. */
export function ConsultRowButton({
  contractNumber,
  proposalNumber,
}: {
  contractNumber: string;
  proposalNumber: string;
}) {
  const t = useTranslations("sgeOps.pj");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function refresh() {
    setPending(true);
    setError(null);
    const result = await consultPjContractAction({ contractNumber, proposalNumber }).catch(() => null);
    setPending(false);
    if (result?.ok) router.refresh();
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    else if (result?.code === "session_expired") window.location.assign("/login?expired=1");
    else setError(result?.error ?? t("refreshFailed"));
  }
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="text-sm"
        disabled={pending}
        onClick={() => void refresh()}
        aria-label={t("refreshOf", { contract: contractNumber, proposal: proposalNumber })}
      >
        {pending ? t("consulting") : t("refresh")}
      </Button>
      {error ? (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}
