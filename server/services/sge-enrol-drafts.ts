import "server-only";
import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { SgeEnrolmentResult, SgeEnrolmentRow, SgeEnrolmentStep } from "@/lib/types/sge";
import type { Viewer } from "@/server/auth/viewer";
import { env } from "@/server/env";
import { getDb } from "@/server/store/db";
import { sgeEnrolments } from "@/server/store/schema";

/**
 * The enrolment wizard's drafts in `sge_enrolments` (issue 7): what the rep typed, kept in any shape
 * until it is submitted (sge-enrol.ts), listed and loaded for the rep who wrote it only. A row is
 * the rep's to change while it is a draft, a failure or an interrupted submission (`resumable`).
 */

const MAX_DRAFT_BYTES = 64_000;

type Row = typeof sgeEnrolments.$inferSelect;

export const owned = (viewer: Viewer, id: string) =>
  and(eq(sgeEnrolments.id, id), eq(sgeEnrolments.alias, viewer.alias), eq(sgeEnrolments.login, viewer.login));

/**
 * How long a submission can last: the offer check and the three SGE calls, each within
 * SGE_TIMEOUT_MS, plus the store's writes. A row "submitting" for longer lost its process (a
 * restart, a crash) and may be claimed again: it resumes at its step.
 */
function submitBudgetMs(): number {
  return 4 * env().SGE_TIMEOUT_MS + 15_000;
}

/** A claim older than the budget: the submission is not running any more. */
function interruptedClaim() {
  return and(
    eq(sgeEnrolments.state, "submitting"),
    lt(sgeEnrolments.updatedAt, new Date(Date.now() - submitBudgetMs())),
  );
}

/** States the rep may change or send again: a draft, a failure, or an interrupted submission. */
export function resumable() {
  return or(inArray(sgeEnrolments.state, ["draft", "failed"]), interruptedClaim());
}

function rowOf(r: Row): SgeEnrolmentRow {
  const interrupted = r.state === "submitting" && Date.now() - r.updatedAt.getTime() > submitBudgetMs();
  return {
    id: r.id,
    summary: r.summary,
    state: interrupted ? "interrupted" : r.state,
    step: r.step,
    error: r.error,
    updatedAt: r.updatedAt.toISOString(),
    result: (r.result as SgeEnrolmentResult | null) ?? null,
  };
}

/** A draft's one-line summary for lists: student, course. */
function summaryOf(data: unknown): string {
  const d = data as { student?: { name?: unknown }; responsible?: { name?: unknown }; summary?: unknown };
  const student = typeof d.student?.name === "string" ? d.student.name.trim() : "";
  const course = typeof d.summary === "string" ? d.summary : "";
  return [student, course].filter(Boolean).join(" · ").slice(0, 200);
}

export async function loadEnrolment(
  viewer: Viewer,
  id: string,
): Promise<(SgeEnrolmentRow & { data: unknown; steps: SgeEnrolmentStep[] }) | null> {
  const db = await getDb();
  const [row] = await db.select().from(sgeEnrolments).where(owned(viewer, id)).limit(1);
  return row ? { ...rowOf(row), data: row.data, steps: (row.steps as SgeEnrolmentStep[]) ?? [] } : null;
}

export async function listEnrolments(viewer: Viewer): Promise<SgeEnrolmentRow[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(sgeEnrolments)
    .where(and(eq(sgeEnrolments.alias, viewer.alias), eq(sgeEnrolments.login, viewer.login)))
    .orderBy(desc(sgeEnrolments.updatedAt))
    .limit(200);
  return rows.map(rowOf);
}

type DraftSave = { ok: true } | { ok: false; reason: "too_large" | "locked" };

/** Saves what the rep typed (any shape: a draft is work in progress); refused once submitted. */
export async function saveEnrolmentDraft(viewer: Viewer, id: string, data: unknown): Promise<DraftSave> {
  if (JSON.stringify(data).length > MAX_DRAFT_BYTES) return { ok: false, reason: "too_large" };
  const db = await getDb();
  const summary = summaryOf(data);
  const [existing] = await db
    .select({ state: sgeEnrolments.state })
    .from(sgeEnrolments)
    .where(eq(sgeEnrolments.id, id))
    .limit(1);
  if (existing) {
    const updated = await db
      .update(sgeEnrolments)
      // An interrupted submission becomes a failed one: saving must not make its old claim look fresh.
      .set({
        data,
        summary,
        updatedAt: new Date(),
        state: sql`CASE WHEN ${sgeEnrolments.state} = 'submitting' THEN 'failed' ELSE ${sgeEnrolments.state} END`,
      })
      .where(and(owned(viewer, id), resumable()))
      .returning({ id: sgeEnrolments.id });
    return updated.length ? { ok: true } : { ok: false, reason: "locked" };
  }
  await db
    .insert(sgeEnrolments)
    .values({ id, alias: viewer.alias, login: viewer.login, data, summary })
    .onConflictDoNothing();
  return { ok: true };
}

/** Discards a draft or a failed submission (an enrolment in SGE is never touched from here). */
export async function discardEnrolment(viewer: Viewer, id: string): Promise<boolean> {
  const db = await getDb();
  const deleted = await db
    .delete(sgeEnrolments)
    .where(and(owned(viewer, id), resumable()))
    .returning({ id: sgeEnrolments.id });
  return deleted.length > 0;
}
