"use client";

import { useEffect } from "react";

const EVERY_MS = 5 * 60_000;

/** While the rep is active (tab visible), asks the server for a diff sync every few minutes. */
export function SyncHeartbeat() {
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible") void fetch("/api/sync", { method: "POST" }).catch(() => undefined);
    };
    const timer = setInterval(tick, EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return null;
}
