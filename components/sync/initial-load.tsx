"use client";

import { withQueryScope } from "@/components/query-scope";
import { useMutation, useQuery } from "@tanstack/react-query";
import { signalUnreadChanged } from "@/components/notifications/unread-signal";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { SyncStatus } from "@/lib/types/sync";
import { fetchJson } from "@/components/fetch-json";

/**
 * The initial data load, entity by entity, with a real progress bar (pages done / total from the
 * ERP's remainingRecords). The load runs on the server: reloading this page just shows it again.
 */
export function InitialLoad({
  next,
  reason,
  initial,
}: {
  next: string;
  reason: "login" | "branch";
  initial: SyncStatus;
}) {
  const t = useTranslations("sync");
  // `lastError` of an ERP failure is its stable code (erp.unavailable…) unless the ERP wrote the words itself.
  const erpText = useTranslations("erpErrors");
  const router = useRouter();
  const [cancelled, setCancelled] = useState(false);
  const start = useMutation({ mutationFn: () => fetchJson<SyncStatus>("/api/sync", { method: "POST" }) });
  const cancel = useMutation({
    mutationFn: () => fetchJson<{ cancelled: boolean }>("/api/sync", { method: "DELETE" }),
    onSuccess: () => setCancelled(true),
  });
  const status = useQuery({
    queryKey: ["sync-status"],
    queryFn: () => fetchJson<SyncStatus>("/api/sync"),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.ready || cancelled ? false : 600),
  });

  const { mutate: begin } = start;
  useEffect(() => begin(), [begin]);
  const data = status.data;
  useEffect(() => {
    if (!data.ready) return;
    // The toolbar's bell was drawn before the load: let it count what just arrived.
    signalUnreadChanged();
    router.replace(next);
  }, [data.ready, next, router]);

  const failed = !data.running && !data.ready && data.entities.some((e) => e.lastError) && !start.isPending;
  return (
    <section aria-labelledby="load-title" className="mx-auto max-w-xl">
      <h1 id="load-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h1>
      <p className="mt-2 text-slate-700">{reason === "branch" ? t("introBranch") : t("intro")}</p>
      <ol className="mt-6 space-y-4">
        {data.entities.map((e) => {
          const entity = t(`entities.${e.entity as "customers"}`);
          const total = Math.max(e.pagesTotal, e.pagesDone, 1);
          const value = e.loaded ? total : e.pagesDone;
          const label = e.loaded
            ? t("done", { entity, rows: e.rows })
            : e.lastError && !data.running
              ? t("failed", {
                  entity,
                  error: erpText.has(e.lastError as "erp.unavailable")
                    ? erpText(e.lastError as "erp.unavailable")
                    : e.lastError,
                })
              : e.pagesDone > 0
                ? t("loadingPage", { entity, done: e.pagesDone, total })
                : `${entity}: ${t("waiting")}`;
          return (
            <li key={e.entity} className="rounded-xl border border-slate-200 bg-white p-4">
              <p
                className={
                  e.lastError && !data.running && !e.loaded
                    ? "text-sm font-medium text-red-700"
                    : "text-sm text-slate-800"
                }
              >
                {label}
              </p>
              <div
                role="progressbar"
                aria-label={t("progressLabel", { entity })}
                aria-valuemin={0}
                aria-valuemax={total}
                aria-valuenow={value}
                className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
              >
                <div
                  className="h-full rounded-full bg-brand-600 transition-[width]"
                  style={{ width: `${Math.round((value / total) * 100)}%` }}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="mt-4 text-sm text-slate-700">
        {data.ready ? t("finished") : cancelled ? t("cancelled") : null}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {data.running && !cancelled ? (
          <Button variant="secondary" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            {t("cancel")}
          </Button>
        ) : null}
        {(failed || cancelled) && !data.ready ? (
          <>
            <Button
              onClick={() => {
                setCancelled(false);
                start.mutate(undefined, { onSuccess: () => void status.refetch() });
              }}
            >
              {t("retry")}
            </Button>
            <Button variant="secondary" onClick={() => router.replace(next)}>
              {t("skip")}
            </Button>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** The island's entry (initial-load.island.tsx): `InitialLoad` inside the query cache, with its hydration marker. */
export const InitialLoadInScope = withQueryScope(InitialLoad);
