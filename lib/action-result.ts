/**
 * Why an action failed, for the UI to act on (the words are in `error`): `session_expired` → the
 * login page; `forbidden` → the viewer lacks the permission; `invalid` → field errors; `conflict`,
 * `locked`, `not_found`, `not_sent`, `already_sent` (with `queueId`), `pending` → the order and
 * enrolment flows; `refused` (checked before sending), `rejected` (the ERP said no), `unavailable`
 * (the ERP did not answer) → the SGE back office.
 */
type ActionCode =
  | "session_expired"
  | "forbidden"
  | "invalid"
  | "conflict"
  | "not_sent"
  | "locked"
  | "not_found"
  | "already_sent"
  | "pending"
  | "refused"
  | "rejected"
  | "unavailable";

/** A user-safe failure: words, never a stack trace or the ERP's technical detail. */
export type ActionFailure = {
  ok: false;
  error: string;
  code?: ActionCode;
  /** Field path (`items.0.price`) → words in the viewer's language. */
  fieldErrors?: Record<string, string>;
  /** Unexpected errors only: the id the log line carries, for the user to quote to support. */
  correlationId?: string;
  /** `already_sent`: the ERP's queue item holding the earlier send. */
  queueId?: string;
};

/**
 * What every server action returns (through `createAction`): data, or a failure. `Extra` adds what
 * one family returns beside its data on success (the SGE back office: RM's own `message`).
 */
export type ActionResult<T = undefined, Extra extends object = object> =
  ({ ok: true; data: T } & Extra) | ActionFailure;
