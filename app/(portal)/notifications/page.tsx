import type { Metadata } from "next";
import { LazyNotificationList as NotificationList } from "@/components/notifications/notification-list.island";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { listNotifications } from "@/server/services/notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The rep's notifications (order processed, blocked, invoiced…), newest first. */
export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer();
  const unreadOnly = (await searchParams).unread === "1";
  const [t, list] = await Promise.all([getTranslations("notifications"), listNotifications(viewer, { unreadOnly })]);
  return (
    <section aria-labelledby="notifications-title" className="space-y-4">
      <h1 id="notifications-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h1>
      <NotificationList items={list.items} unread={list.unread} unreadOnly={unreadOnly} />
    </section>
  );
}
