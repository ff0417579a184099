"use client";

import { signalUnreadChanged } from "./unread-signal";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Notification } from "@/lib/types/notification";
import { markNotificationsRead } from "@/server/actions/notifications";

/** Where each type's record lives: its record key is the branch + the record's number (or code + store). */
const recordPaths: Partial<Record<Notification["type"], string>> = {
  order: "/orders",
  quotation: "/quotations",
  customer: "/customers",
  prospect: "/prospects",
};

/**
 * The page a notification is about: an order's (type 1) or a quotation's (type 3, a conversion too:
 * the quotation says which order it became), by the number in its record key (branch + C5_NUM or
 * CJ_NUM); a customer's (type 2) or a prospect's (type 4) by branch + code + store. A delete (movement 3) has no page to open, nor has a quotation insert the ERP refused
 * before it had a number (its key is then the queue id).
 */
const notificationHref = (n: Notification) => {
  const path = recordPaths[n.type];
  if (!path || n.movement === 3 || n.recordKey.length <= 2) return null;
  if (n.type === "quotation" && !/^[0-9A-Za-z]{3,8}$/.test(n.recordKey)) return null;
  if (n.type === "customer" || n.type === "prospect") {
    // Branch + code + store (a contact's notice, keyed otherwise, has no page of its own).
    const key = /^[0-9A-Za-z]{2}([0-9A-Za-z]{6})([0-9A-Za-z]{2})$/.exec(n.recordKey);
    return key ? `${path}/${key[1]}/${key[2]}` : null;
  }
  return `${path}/${encodeURIComponent(n.recordKey.slice(2))}`;
};

/** The notifications page: all or unread only, mark one or all as read (written back to the ERP). */
export function NotificationList({
  items,
  unread,
  unreadOnly,
}: {
  items: Notification[];
  unread: number;
  unreadOnly: boolean;
}) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const mark = (input: { id: string } | { all: true }) =>
    start(async () => {
      setError(null);
      const result = await markNotificationsRead(input);
      if (!result.ok) setError(result.error);
      signalUnreadChanged();
      router.refresh();
    });

  // Opening an unread notification is reading it: marked in the ERP while its page opens,
  // and the bell (in the shell, which stays) counts again.
  const opened = (n: Notification) => {
    if (n.read) return;
    void markNotificationsRead({ id: n.id })
      .then(signalUnreadChanged)
      .catch(() => undefined);
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <nav aria-label={t("filter")} className="flex gap-2">
          <Link
            href="/notifications"
            aria-current={!unreadOnly ? "page" : undefined}
            className={`inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium ${!unreadOnly ? "bg-slate-900 text-white" : "text-slate-800 hover:bg-slate-100"}`}
          >
            {t("all")}
          </Link>
          <Link
            href="/notifications?unread=1"
            aria-current={unreadOnly ? "page" : undefined}
            className={`inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium ${unreadOnly ? "bg-slate-900 text-white" : "text-slate-800 hover:bg-slate-100"}`}
          >
            {t("unreadOnly", { count: unread })}
          </Link>
        </nav>
        {unread > 0 ? (
          <Button variant="secondary" disabled={pending} onClick={() => mark({ all: true })}>
            {t("markAll")}
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {unreadOnly ? t("emptyUnread") : t("empty")}
        </p>
      ) : (
        <ul className="space-y-3" aria-busy={pending}>
          {items.map((n) => {
            const href = notificationHref(n);
            return (
              <li
                key={n.id}
                data-testid="notification"
                className={`rounded-xl border p-4 ${n.read ? "border-slate-200 bg-white" : "border-brand-600 bg-sky-50"}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                      {t(`types.${n.type}`)} ·{" "}
                      {n.at
                        ? format.dateTime(new Date(`${n.at}Z`), {
                            timeZone: "UTC",
                            day: "2-digit",
                            month: "2-digit",
                            year: "numeric",
                            hour: "2-digit",
                            minute: "2-digit",
                          })
                        : ""}
                      {n.read ? "" : ` · ${t("new")}`}
                    </p>
                    <p className="font-semibold text-slate-900" data-testid="notification-title">
                      {href ? (
                        <Link
                          href={href}
                          onClick={() => opened(n)}
                          className="text-brand-700 underline underline-offset-2"
                        >
                          {n.title}
                        </Link>
                      ) : (
                        n.title
                      )}
                    </p>
                    <p className="text-sm text-slate-800">{n.description}</p>
                  </div>
                  {!n.read ? (
                    <Button
                      variant="ghost"
                      disabled={pending}
                      onClick={() => mark({ id: n.id })}
                      aria-label={t("markOneLabel", { title: n.title })}
                    >
                      {t("markOne")}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
