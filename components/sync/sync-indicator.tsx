"use client";

import { withQueryScope } from "@/components/query-scope";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { fetchJson } from "@/components/fetch-json";
import { Button } from "@/components/ui/button";
import type { SyncStatus } from "@/lib/types/sync";

/** The query keys of the lists read from the portal's store (customers, orders, quotations). */
const STORE_LISTS = ["customers", "orders", "quotations", "prospects"] as const;

/**
 * "Data from hh:mm", a refresh button (diff sync now), and — when the last sync could not reach
 * the ERP — a banner saying the data shown is the last synced copy.
 */
export function SyncIndicator({ initial }: { initial: SyncStatus }) {
  const t = useTranslations("customers");
  const format = useFormatter();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const status = useQuery({
    queryKey: ["sync-status"],
    queryFn: () => fetchJson<SyncStatus>("/api/sync"),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.running ? 1_000 : false),
  });
  const data = status.data;
  const offline = !data.running && data.entities.some((e) => e.lastError);
  const was = data.lastSuccessAt;

  async function refresh() {
    setRefreshing(true);
    try {
      let current = await fetchJson<SyncStatus>("/api/sync", { method: "POST" });
      while (current.running) {
        await new Promise((r) => setTimeout(r, 700));
        current = await fetchJson<SyncStatus>("/api/sync");
      }
      queryClient.setQueryData(["sync-status"], current);
      // Every list the store serves shows what the sync brought, not the copy cached before it.
      await queryClient.invalidateQueries({
        predicate: (q) => (STORE_LISTS as readonly unknown[]).includes(q.queryKey[0]),
      });
      router.refresh();
    } finally {
      setRefreshing(false);
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex items-center gap-3">
        {was ? (
          <p className="text-sm text-slate-700" data-testid="data-from">
            {/* The day too: data from 02:03 of another day is not this morning's. */}
            {t("dataFrom", {
              time: format.dateTime(new Date(was), {
                day: "2-digit",
                month: "2-digit",
                hour: "2-digit",
                minute: "2-digit",
              }),
            })}
          </p>
        ) : null}
        <Button variant="secondary" onClick={refresh} disabled={refreshing || data.running} aria-busy={refreshing}>
          {refreshing || data.running ? t("refreshing") : t("refresh")}
        </Button>
      </div>
      {offline ? (
        <p
          aria-live="polite"
          className="w-full rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900"
        >
          {t("offline")}
        </p>
      ) : null}
    </div>
  );
}

/** The island's entry (sync-indicator.island.tsx): `SyncIndicator` inside the query cache, with its hydration marker. */
export const SyncIndicatorInScope = withQueryScope(SyncIndicator);
