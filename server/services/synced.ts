import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/server/store/db";
import { syncedRecords } from "@/server/store/schema";

/** Synced records of one entity in a scope (optionally narrowed), reshaped DTOs as stored. */
export async function records<T>(scope: string, entity: string, where?: ReturnType<typeof sql>) {
  const db = await getDb();
  const rows = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, entity), where));
  return rows.map((r) => r.data as T);
}

/** One synced record by id; null for a blank id or when not synced. */
export async function record<T>(scope: string, entity: string, id: string): Promise<T | null> {
  if (!id.trim()) return null;
  const [row] = await records<T>(scope, entity, sql`${syncedRecords.id} = ${id}`);
  return row ?? null;
}
