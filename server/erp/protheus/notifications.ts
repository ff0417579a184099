import "server-only";
import { toIsoDate } from "@/lib/erp-dates";
import { notificationTypes, type Notification } from "@/lib/types/notification";
import { num, text } from "./wire";

/** `notifications` row (A1S, snake case as the PGV sends it) → Notification. */
export function toNotification(raw: Record<string, unknown>): Notification {
  const type = num(raw, "type") as keyof typeof notificationTypes;
  const date = toIsoDate(text(raw, "notification_date", "notificationdate"));
  const hour = /^\d{2}:\d{2}(:\d{2})?$/.exec(text(raw, "notification_hour", "notificationhour"))?.[0];
  return {
    id: text(raw, "id"),
    type: notificationTypes[type] ?? "other",
    title: text(raw, "title"),
    description: text(raw, "description"),
    read: num(raw, "notification_status", "notificationstatus") === 2,
    at: date ? `${date}T${hour ? (hour.length === 5 ? `${hour}:00` : hour) : "00:00:00"}` : null,
    recordKey: text(raw, "recordkey", "recordKey"),
  };
}
