"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { onUnreadChanged } from "./unread-signal";

const EVERY_MS = 15_000;

/**
 * Toolbar bell with the unread count. Polls every 15 s while the tab is visible, at once when the
 * tab comes back or a page signals a change (unread-signal.ts); the server answers 304 when nothing
 * changed (ETag), so an idle poll costs an empty response. A plain fetch loop: the shell ships no
 * query library (components/query-scope.tsx).
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const [unread, setUnread] = useState(initialUnread);
  // A server render of the shell (router.refresh) brings a fresh count.
  const [rendered, setRendered] = useState(initialUnread);
  if (rendered !== initialUnread) {
    setRendered(initialUnread);
    setUnread(initialUnread);
  }
  useEffect(() => {
    let etag: string | null = null;
    let polling = false;
    let gone = false;
    const poll = async () => {
      if (polling || document.visibilityState !== "visible") return;
      polling = true;
      try {
        const res = await fetch("/api/notifications/unread", { headers: etag ? { "If-None-Match": etag } : {} });
        if (res.status === 200) {
          const body: unknown = await res.json();
          if (body && typeof body === "object" && "unread" in body && typeof body.unread === "number" && !gone) {
            etag = res.headers.get("ETag");
            setUnread(body.unread);
          }
        }
      } catch {
        // A failed poll keeps the last count; the next one tries again.
      } finally {
        polling = false;
      }
    };
    const timer = setInterval(() => void poll(), EVERY_MS);
    const onVisible = () => void poll();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    const stopSignal = onUnreadChanged(onVisible);
    return () => {
      gone = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
      stopSignal();
    };
  }, []);
  return (
    <Link
      href="/notifications"
      aria-label={t("bell", { count: unread })}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-slate-800 hover:bg-slate-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          data-testid="bell-count"
          className="absolute top-0.5 right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-bold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
