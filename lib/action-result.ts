/** What every server action returns: data, or a user-safe error with optional field-level messages. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      code?: "session_expired" | "conflict" | "not_sent" | "locked" | "not_found" | "already_sent" | "pending";
      fieldErrors?: Record<string, string>;
      correlationId?: string;
      /** `already_sent`: the ERP's queue item holding the earlier send. */
      queueId?: string;
    };
