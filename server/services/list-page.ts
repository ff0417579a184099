import "server-only";
import { eq, sql, type SQLWrapper } from "drizzle-orm";
import { getDb, type Db } from "@/server/store/db";
import { syncState } from "@/server/store/schema";

/** When the scope's copy of an entity last synced in full (ISO), or null before its first sync. */
export async function lastSync(scope: string, entity: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ at: syncState.lastSuccessAt })
    .from(syncState)
    .where(eq(syncState.key, syncKey(scope, entity)));
  return row?.at?.toISOString() ?? null;
}

/** The key of a scope's entity in `sync_state` (its copy's age). */
export const syncKey = (scope: string, entity: string) => `${scope}|${entity}`;

/**
 * The columns a store-served list page adds to each of its rows, so that the page, the number of
 * rows matching and the age of the copy come from one statement (the embedded store answers one
 * query at a time: each round trip costs the whole process). `count` is the list's count query, run
 * once as an uncorrelated subquery with its own plan — unlike `count(*) over ()`, which would make
 * an index-ordered page read every matching row. `key`: `syncKey(scope, entity)`, or its placeholder.
 */
export function pageColumns(count: SQLWrapper, key: string | ReturnType<typeof sql.placeholder>) {
  return {
    listTotal: sql<number>`(${count})`,
    listSyncedAt:
      sql<Date | null>`(select ${syncState.lastSuccessAt} from ${syncState} where ${syncState.key} = ${key})`.mapWith(
        syncState.lastSuccessAt,
      ),
  };
}

/**
 * A list's statements built once per shape and store, their values bound at each request. Building
 * a page's SQL with drizzle (two selects, a dozen columns, the filters twice) was 5–7 % of the
 * serving thread per list request under load (issue 20). `shape` is what decides the SQL (which
 * filters, how many search terms, the sort), never a value: `build` only sees the shape, so it can
 * only write placeholders, and the request's values go to `execute`. Keep anything in the shape
 * that changes the SQL: a field of the query left in it as it is can only over-key, never mix two shapes.
 */
export function shapedStatements<Shape, Statements>(build: (db: Db, shape: Shape) => Statements) {
  const byStore = new WeakMap<Db, Map<string, Statements>>();
  return async (shape: Shape): Promise<Statements> => {
    const db = await getDb();
    let built = byStore.get(db);
    if (!built) byStore.set(db, (built = new Map()));
    const key = JSON.stringify(shape);
    let statements = built.get(key);
    if (!statements) built.set(key, (statements = build(db, shape)));
    return statements;
  };
}

/** A row read with `pageColumns`. */
type PageRow = { listTotal: number; listSyncedAt: Date | null };

/** The names `prefix0`, `prefix1`…: a list of values bound one by one (search patterns, risks, statuses). */
export const numberedNames = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** `values` under the names `numberedNames(prefix, values.length)`. */
export const numberedValues = (prefix: string, values: readonly unknown[]) =>
  Object.fromEntries(values.map((v, i) => [`${prefix}${i}`, v]));

/**
 * The rows of a page read with `pageColumns` (without those columns), the number of rows matching
 * and the copy's age. A page with no row (past the last page, or nothing matches) has nothing to
 * carry them, so they are asked for then (`count`: the list's count query, run on demand).
 */
export async function pageOf<R extends PageRow>(
  rows: readonly R[],
  count: () => PromiseLike<{ total: number }[]>,
  scope: string,
  entity: string,
): Promise<{ rows: Omit<R, keyof PageRow>[]; total: number; syncedAt: string | null }> {
  const items = rows.map(({ listTotal: _total, listSyncedAt: _syncedAt, ...row }) => row);
  const [first] = rows;
  if (first)
    return { rows: items, total: Number(first.listTotal), syncedAt: first.listSyncedAt?.toISOString() ?? null };
  const [[counted], syncedAt] = await Promise.all([count(), lastSync(scope, entity)]);
  return { rows: items, total: counted?.total ?? 0, syncedAt };
}

type Statement<T> = { execute: (values: Record<string, unknown>) => PromiseLike<T> };

/**
 * One page of a list built by `shapedStatements` with `pageColumns`: the list's `values` (its
 * filters) bound with the page's own (the copy's key, limit, offset), its rows made items by
 * `toItem`, with the number of rows matching and the copy's age (`pageOf`).
 */
export async function shapedPage<R extends PageRow, T>(
  statements: { page: Statement<R[]>; count: Statement<{ total: number }[]> },
  values: Record<string, unknown>,
  list: { scope: string; entity: string; page: number; pageSize: number },
  toItem: (row: Omit<R, keyof PageRow>) => T,
): Promise<{ items: T[]; total: number; page: number; pageSize: number; syncedAt: string | null }> {
  const bound = {
    ...values,
    syncKey: syncKey(list.scope, list.entity),
    limit: list.pageSize,
    offset: (list.page - 1) * list.pageSize,
  };
  const rows = await statements.page.execute(bound);
  const page = await pageOf(rows, () => statements.count.execute(bound), list.scope, list.entity);
  return {
    items: page.rows.map(toItem),
    total: page.total,
    page: list.page,
    pageSize: list.pageSize,
    syncedAt: page.syncedAt,
  };
}
