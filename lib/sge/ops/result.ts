import type { ActionResult } from "@/lib/action-result";

/** What the SGE back-office actions return: the one action result, with RM's own message on success (shown as RM wrote it). */
export type SgeOpsResult<T = null> = ActionResult<T, { message: string }>;
