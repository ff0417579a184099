import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt, or } from "drizzle-orm";
import type { Viewer } from "@/server/auth/viewer";
import { ErpError, erpWords, isOrderRefusal, type ErpWords } from "@/server/erp/errors";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { orderDrafts } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { NOT_SENT, refusalProblem, sentProblem } from "./draft-problem";
import { getDraft } from "./order-drafts";

/**
 * Sending a saved draft to the ERP exactly once, whatever the document (order, quotation,
 * customer, prospect, contact): one send per draft at a time (a claim on the draft row), the
 * draft's key as the ERP's `externalid` so a resend after a lost answer lands on the same queue
 * item, and the draft settled by the answer — submitted with its queue item, or back to editing
 * with the ERP's words. What was typed was saved before; nothing here loses it.
 */

/** A claim older than this is a submit that died midway (process stopped): it may be claimed again. */
const STALE_CLAIM_MS = 60_000;

/** What the ERP answered a write: its queue item, the record when already known, a repeated key. */
export type Accepted = { queueId: string; recordId: string | null; duplicate: boolean };

export type SendResult =
  | { ok: true; queueId: string | null; recordId: string | null }
  /** The ERP already holds a record from an earlier send of this draft, with that send's content, not this one's. */
  | { ok: false; reason: "already_sent"; queueId: string }
  | ({ ok: false; reason: "conflict" } & ErpWords)
  /** The ERP refused the content (field details in `error.fields`); nothing was queued. */
  | ({ ok: false; reason: "rejected"; error: ErpError } & ErpWords)
  | { ok: false; reason: "not_sent" | "not_found" };

/** What a send carries, as a digest: equal digests, equal records. */
export function payloadHash(payload: unknown): string {
  return createHash("sha256").update(JSON.stringify(payload)).digest("base64url");
}

/** A draft sent already (or being sent by another click): the answer of that send. */
export async function alreadySent(viewer: Viewer, draftId: string): Promise<SendResult> {
  const draft = await getDraft(viewer, draftId);
  if (!draft) return { ok: false, reason: "not_found" };
  return { ok: true, queueId: draft.queueId, recordId: null };
}

/**
 * Claims the saved draft, calls the ERP with the draft's key and settles the draft by the answer.
 * `hash` is the payload's digest for a new record (null for an edit, which has no key to repeat).
 */
export async function sendDraft(
  viewer: Viewer,
  input: {
    draftId: string;
    hash: string | null;
    /** The log's name for what is sent (`order`, `customer`…) and what its lines add. */
    what: string;
    logFields?: Record<string, unknown>;
    send: (key: string) => Promise<Accepted>;
    /** The draft's key when the claim returns none (a draft saved before keys were stored). */
    fallbackKey: string;
  },
): Promise<SendResult> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const { draftId, hash } = input;
  const [before] = await db
    .select({ sentHash: orderDrafts.sentHash })
    .from(orderDrafts)
    .where(and(eq(orderDrafts.id, draftId), eq(orderDrafts.scope, scope)));
  const firstHash = before?.sentHash ?? hash;
  const now = new Date();
  const claimed = await db
    .update(orderDrafts)
    // Before the call: from here on, this payload may reach the ERP (the first one that did is kept).
    .set({ state: "submitting", updatedAt: now, sentHash: firstHash })
    .where(
      and(
        eq(orderDrafts.id, draftId),
        eq(orderDrafts.scope, scope),
        or(
          eq(orderDrafts.state, "editing"),
          and(eq(orderDrafts.state, "submitting"), lt(orderDrafts.updatedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
        ),
      ),
    )
    .returning({ key: orderDrafts.key });
  if (!claimed.length) return alreadySent(viewer, draftId);

  const settle = (set: Partial<typeof orderDrafts.$inferInsert>) =>
    db
      .update(orderDrafts)
      .set({ ...set, updatedAt: new Date() })
      .where(and(eq(orderDrafts.id, draftId), eq(orderDrafts.scope, scope)));
  try {
    // The key is the draft's, fixed at its first save: a replay carrying another key changes nothing.
    const answer = await input.send(claimed[0]!.key || input.fallbackKey);
    if (answer.duplicate && firstHash !== hash) {
      // A send whose answer was lost reached the ERP, and the draft was edited since: the ERP kept the
      // first content. Saying "sent" would report the old content as the new one.
      await settle({ state: "editing", queueId: answer.queueId, error: sentProblem(answer.queueId) });
      log.info(`${input.what}.already_sent`, { queueId: answer.queueId });
      return { ok: false, reason: "already_sent", queueId: answer.queueId };
    }
    await settle({
      state: "submitted",
      queueId: answer.queueId,
      error: null,
      sentHash: answer.duplicate ? firstHash : hash,
    });
    log.info(`${input.what}.submitted`, {
      ...input.logFields,
      queueId: answer.queueId,
      duplicate: answer.duplicate,
    });
    return { ok: true, queueId: answer.queueId, recordId: answer.recordId };
  } catch (error) {
    if (!(error instanceof ErpError)) {
      await settle({ state: "editing", error: NOT_SENT });
      throw error;
    }
    // A refusal queued nothing: what the ERP held before this send is what it holds now. Without
    // words of the ERP's own the draft keeps the refusal's code, worded in the viewer's language when shown.
    const refused = { state: "editing" as const, error: refusalProblem(error), sentHash: before?.sentHash ?? null };
    if (error.kind === "conflict") {
      await settle(refused);
      return { ok: false, reason: "conflict", ...erpWords(error) };
    }
    if (isOrderRefusal(error)) {
      await settle(refused);
      return { ok: false, reason: "rejected", error, ...erpWords(error) };
    }
    await settle({ state: "editing", error: NOT_SENT });
    if (error.kind === "session_expired" || error.kind === "unauthorized") throw error;
    log.warn(`${input.what}.not_sent`, { kind: error.kind, detail: error.detail });
    return { ok: false, reason: "not_sent" };
  }
}
