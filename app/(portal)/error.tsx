"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

/** Unexpected failures: a generic message plus the digest the server logged, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-bold">{t("errors.generic", { id: error.digest ?? "—" })}</h1>
      <Button onClick={reset} className="mt-4">
        {t("common.tryAgain")}
      </Button>
    </main>
  );
}
