"use server";
import "server-only";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { revokeSession } from "@/server/auth/sessions";
import { expiredSessionCookies } from "@/server/auth/viewer";
import { switchBranch as switchBranchService } from "@/server/services/branches";
import { createAction } from "./create-action";

// Public: an expired session still drops its cookies and lands on /login (the redirect passes through the client).
const logoutAction = createAction({
  name: "session.logout",
  access: "public",
  messages: "actions",
  schema: z.unknown(),
  run: async ({ viewer }): Promise<ActionResult<null>> => {
    if (viewer) await revokeSession(viewer.sessionId);
    const jar = await cookies();
    for (const cookie of expiredSessionCookies()) jar.set(cookie);
    redirect("/login?loggedOut=1");
  },
});

/** Exit: revoke the session row, invalidate the ERP token, drop the cookies, back to /login. */
export async function logout(): Promise<void> {
  // A form action: its FormData carries nothing the logout needs.
  await logoutAction(undefined);
}

export const switchBranch = createAction({
  name: "branch.switch",
  access: "session",
  messages: "shell.branchErrors",
  schema: z.object({ branch: z.string().min(1).max(12) }),
  invalid: (t) => ({ ok: false, error: t("unknown_branch"), fieldErrors: { branch: t("unknown_branch") } }),
  erp: { forbidden: "forbidden", unavailable: "erp_unavailable" },
  run: async ({ viewer, input, t }): Promise<ActionResult<{ branch: string }>> => {
    const result = await switchBranchService(viewer, input.branch);
    if (!result.ok) return { ok: false, error: t(result.reason), fieldErrors: { branch: t(result.reason) } };
    revalidatePath("/", "layout");
    return { ok: true, data: { branch: input.branch } };
  },
});
