import "server-only";
import { eq, sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "@/server/store/db";
import { syncState } from "@/server/store/schema";

/** When the scope's copy of an entity last synced in full (ISO), or null before its first sync. */
export async function lastSync(scope: string, entity: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ at: syncState.lastSuccessAt })
    .from(syncState)
    .where(eq(syncState.key, `${scope}|${entity}`));
  return row?.at?.toISOString() ?? null;
}

/** A list's own count query: `select count(*)::int as total from … where …`. */
type CountQuery = SQLWrapper & PromiseLike<{ total: number }[]>;

/**
 * The columns a store-served list page adds to each of its rows, so that the page, the number of
 * rows matching and the age of the copy come from one statement (the embedded store answers one
 * query at a time: each round trip costs the whole process). `count` is the list's count query, run
 * once as an uncorrelated subquery with its own plan — unlike `count(*) over ()`, which would make
 * an index-ordered page read every matching row.
 */
export function pageColumns(count: CountQuery, scope: string, entity: string) {
  return {
    listTotal: sql<number>`(${count})`,
    listSyncedAt:
      sql<Date | null>`(select ${syncState.lastSuccessAt} from ${syncState} where ${syncState.key} = ${`${scope}|${entity}`})`.mapWith(
        syncState.lastSuccessAt,
      ),
  };
}

/** A row read with `pageColumns`. */
type PageRow = { listTotal: number; listSyncedAt: Date | null };

/**
 * The rows of a page read with `pageColumns` (without those columns), the number of rows matching
 * and the copy's age. A page with no row (past the last page, or nothing matches) has nothing to
 * carry them, so they are asked for then.
 */
export async function pageOf<R extends PageRow>(
  rows: readonly R[],
  count: CountQuery,
  scope: string,
  entity: string,
): Promise<{ rows: Omit<R, keyof PageRow>[]; total: number; syncedAt: string | null }> {
  const items = rows.map(({ listTotal: _total, listSyncedAt: _syncedAt, ...row }) => row);
  const [first] = rows;
  if (first)
    return { rows: items, total: Number(first.listTotal), syncedAt: first.listSyncedAt?.toISOString() ?? null };
  const [[counted], syncedAt] = await Promise.all([count, lastSync(scope, entity)]);
  return { rows: items, total: counted?.total ?? 0, syncedAt };
}
