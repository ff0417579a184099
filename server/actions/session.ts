"use server";
import "server-only";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { revokeSession } from "@/server/auth/sessions";
import { expiredSessionCookies, getViewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { getTranslations } from "@/server/i18n";
import { log } from "@/server/log";
import { switchBranch as switchBranchService } from "@/server/services/branches";

/** Exit: revoke the session row, invalidate the ERP token, drop the cookies, back to /login. */
export async function logout(): Promise<never> {
  const viewer = await getViewer();
  if (viewer) await revokeSession(viewer.sessionId);
  const jar = await cookies();
  for (const cookie of expiredSessionCookies()) jar.set(cookie);
  redirect("/login?loggedOut=1");
}

const switchSchema = z.object({ branch: z.string().min(1).max(12) });

export async function switchBranch(input: unknown): Promise<ActionResult<{ branch: string }>> {
  const t = await getTranslations("shell.branchErrors");
  const parsed = switchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: t("unknown_branch"), fieldErrors: { branch: t("unknown_branch") } };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, error: t("unauthorized"), code: "session_expired" };
  try {
    const result = await switchBranchService(viewer, parsed.data.branch);
    if (!result.ok) return { ok: false, error: t(result.reason), fieldErrors: { branch: t(result.reason) } };
  } catch (error) {
    if (error instanceof ErpError && error.kind === "session_expired")
      return { ok: false, error: t("unauthorized"), code: "session_expired" };
    if (error instanceof ErpError) {
      log.warn("branch.switch_failed", { kind: error.kind, detail: error.detail });
      return { ok: false, error: error.kind === "forbidden" ? t("forbidden") : t("erp_unavailable") };
    }
    const correlationId = log.unexpected("branch.switch", error);
    return { ok: false, error: t("unexpected", { id: correlationId }), correlationId };
  }
  revalidatePath("/", "layout");
  return { ok: true, data: { branch: parsed.data.branch } };
}
