"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { getSalesViewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { getTranslations } from "@/server/i18n";
import { log } from "@/server/log";
import { markRead } from "@/server/services/notifications";

const markSchema = z.union([z.object({ id: z.string().trim().min(1).max(40) }), z.object({ all: z.literal(true) })]);

/** Marks one notification (`{ id }`) or every unread one (`{ all: true }`) as read, in the ERP first. */
export async function markNotificationsRead(input: unknown): Promise<ActionResult<{ marked: number }>> {
  const t = await getTranslations("notifications.errors");
  const parsed = markSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: t("not_found") };
  const viewer = await getSalesViewer();
  if (!viewer) return { ok: false, error: t("unauthorized"), code: "session_expired" };
  try {
    const result = await markRead(viewer, parsed.data);
    revalidatePath("/notifications");
    if (!result.ok) return { ok: false, error: t("not_found") };
    return { ok: true, data: { marked: result.marked } };
  } catch (error) {
    if (error instanceof ErpError && error.kind === "session_expired")
      return { ok: false, error: t("unauthorized"), code: "session_expired" };
    if (error instanceof ErpError) {
      log.warn("notifications.mark_failed", { kind: error.kind, detail: error.detail });
      return { ok: false, error: error.kind === "not_found" ? t("not_found") : t("erp_unavailable") };
    }
    const correlationId = log.unexpected("notifications.mark", error);
    return { ok: false, error: t("unexpected", { id: correlationId }), correlationId };
  }
}
