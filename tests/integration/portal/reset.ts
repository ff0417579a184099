import { eq } from "drizzle-orm";
import type { Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import {
  customers,
  indicatorCache,
  loginAttempts,
  orderDrafts,
  orders,
  prospects,
  quotations,
  sgeEnrolments,
  sgePersonAudit,
  syncState,
  syncedRecords,
} from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { sandboxAdmin } from "../sandbox-admin";

/**
 * A clean slate for each test: sandbox switches/faults/log back to defaults and no login lock
 * left from another test (on PostgreSQL every test file shares one database).
 */
export async function resetWorld() {
  await sandboxAdmin().reset();
  const db = await getDb();
  await db.delete(loginAttempts);
}

/**
 * Drops what the store holds for the viewer's scope, so the next sync is an initial load. On
 * PostgreSQL the store outlives a test file while `resetWorld` rewinds the sandbox: a copy synced
 * before the rewind would otherwise miss changes the rewind undid (their stamps go back too).
 */
export async function forgetScope(viewer: Viewer) {
  const db = await getDb();
  const scope = scopeOf(viewer);
  for (const table of [syncState, syncedRecords, customers, orders, quotations, prospects, orderDrafts, indicatorCache])
    await db.delete(table).where(eq(table.scope, scope));
}

/**
 * Drops the portal's SGE enrolments and their person audit. On PostgreSQL the store outlives a test
 * file while `resetWorld` rewinds the sandbox, whose contract numbers (XNumPro) then start again: an
 * earlier file's enrolment would hold a contract number a new one gets, and the lost-answer
 * recovery rightly refuses a contract another enrolment already holds.
 */
export async function forgetEnrolments() {
  const db = await getDb();
  await db.delete(sgePersonAudit);
  await db.delete(sgeEnrolments);
}
