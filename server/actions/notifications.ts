"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { markRead } from "@/server/services/notifications";
import { createAction } from "./create-action";

const markSchema = z.union([z.object({ id: z.string().trim().min(1).max(40) }), z.object({ all: z.literal(true) })]);

/** Marks one notification (`{ id }`) or every unread one (`{ all: true }`) as read, in the ERP first. */
export const markNotificationsRead = createAction({
  name: "notifications.mark",
  access: "sales",
  messages: "notifications.errors",
  schema: markSchema,
  invalid: (t) => ({ ok: false, error: t("not_found") }),
  erp: { notFound: "not_found", unavailable: "erp_unavailable" },
  run: async ({ viewer, input, t }): Promise<ActionResult<{ marked: number }>> => {
    const result = await markRead(viewer, input);
    revalidatePath("/notifications");
    if (!result.ok) return { ok: false, error: t("not_found") };
    return { ok: true, data: { marked: result.marked } };
  },
});
