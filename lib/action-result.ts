/** What every server action returns: data, or a user-safe error with optional field-level messages. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; code?: "session_expired" | "conflict" | "not_sent" | "locked" | "not_found"; fieldErrors?: Record<string, string>; correlationId?: string };
