"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRef } from "react";
import { useTranslations } from "use-intl";

const EVERY_MS = 15_000;
type Poll = { unread: number; latest: string | null };

/**
 * Toolbar bell with the unread count. Polls every 15 s while the tab is visible; the server answers
 * 304 when nothing changed (ETag), so an idle poll costs an empty response.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const etag = useRef<string | null>(null);
  const last = useRef<Poll>({ unread: initialUnread, latest: null });
  const poll = useQuery({
    queryKey: ["notifications-unread"],
    queryFn: async (): Promise<Poll> => {
      const res = await fetch("/api/notifications/unread", {
        headers: etag.current ? { "If-None-Match": etag.current } : {},
      });
      if (res.status === 304) return last.current;
      if (!res.ok) return last.current; // a failed poll keeps the last count; the next one retries
      etag.current = res.headers.get("ETag");
      last.current = (await res.json()) as Poll;
      return last.current;
    },
    initialData: { unread: initialUnread, latest: null },
    // TanStack Query pauses the interval while the tab is hidden (refetchIntervalInBackground false).
    refetchInterval: EVERY_MS,
    refetchOnWindowFocus: true,
  });
  const unread = poll.data.unread;
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
