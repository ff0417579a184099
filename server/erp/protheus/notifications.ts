import "server-only";
import { z } from "zod";
import { toIsoDate } from "@/lib/dates";
import { notificationTypes, type Notification } from "@/lib/types/notification";
import { endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
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
    movement: num(raw, "movimentation_status", "movimentationstatus"),
    at: date ? `${date}T${hour ? (hour.length === 5 ? `${hour}:00` : hour) : "00:00:00"}` : null,
    recordKey: text(raw, "recordkey", "recordKey"),
  };
}

/**
 * `PUT notifications/{id}`: marks one notification viewed (2) in the ERP. Safe to repeat — the same
 * PUT sets the same state — so a dropped connection may be retried.
 */
export async function markNotificationViewed(target: ErpTarget, id: string): Promise<Notification> {
  const raw = await protheusFetch(target, endpointPath(target, "notificationRead", { id }), {
    method: "PUT",
    body: { notification_status: 2 },
    safeToRepeat: true,
    schema: z.record(z.string(), z.unknown()),
  });
  return toNotification(raw);
}
