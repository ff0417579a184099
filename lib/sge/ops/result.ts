import type { ActionResult } from "@/lib/action-result";

/**
 * What the SGE back-office actions return: RM's own message on success (shown to the user as RM
 * wrote it), or a user-safe error. Beyond ActionResult's codes: `forbidden` (the viewer lacks the
 * SGE permission), `invalid` (field errors), `refused` (checked before sending), `rejected` (RM
 * said no), `unavailable` (SGE did not answer).
 */
export type SgeOpsCode =
  | NonNullable<Extract<ActionResult, { ok: false }>["code"]>
  | "forbidden"
  | "invalid"
  | "refused"
  | "rejected"
  | "unavailable";

export type SgeOpsResult<T = null> =
  | { ok: true; data: T; message: string }
  | { ok: false; error: string; code?: SgeOpsCode; fieldErrors?: Record<string, string>; correlationId?: string };
