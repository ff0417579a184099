import "server-only";
import { eq, sql } from "drizzle-orm";
import { ErpError } from "@/server/erp/errors";
import { protheusFetch, type ErpTarget } from "@/server/erp/protheus/transport";
import { pageSchema, type TgvPage } from "@/server/erp/protheus/wire";
import { getDb, type Db } from "@/server/store/db";
import { storeWritten } from "@/server/store/writes";
import { syncState } from "@/server/store/schema";
import { entityEndpoint, entityPath, type EntityDef } from "./entities";
import { runExclusive } from "./lock";

type SyncProgress = {
  entity: string;
  phase: "initial" | "diff";
  pagesDone: number;
  pagesTotal: number;
  rows: number;
};
type SyncOutcome = { entity: string; ran: boolean; phase: "initial" | "diff"; rows: number; deleted: number };

/** The first sync asks for everything changed since this date (PO Sync convention). */
const EPOCH = "1900-01-01T00:00:00Z";

/**
 * Brings one entity of one scope up to date. Initial load pages the collection and records the
 * first page's `po_sync_date` as the watermark only when every page is stored; an interrupted load
 * resumes at the page it stopped (upserts make a repeated page harmless). Later runs page the diff
 * from the watermark, applying upserts and deletes. A failure keeps data and watermark as they were.
 */
export class SyncCancelled extends Error {
  constructor() {
    super("sync cancelled");
  }
}

type SyncOptions = { onProgress?: (p: SyncProgress) => void | Promise<void>; signal?: AbortSignal };

export async function syncEntity<T>(
  target: ErpTarget,
  scope: string,
  def: EntityDef<T>,
  options: SyncOptions = {},
): Promise<SyncOutcome> {
  const key = `${scope}|${def.name}`;
  let outcome: SyncOutcome = { entity: def.name, ran: false, phase: "diff", rows: 0, deleted: 0 };
  // An endpoint the login's capability probe found missing: nothing to sync (its feature is hidden).
  const endpoint = entityEndpoint(def);
  if (endpoint && target.missing?.includes(endpoint)) return outcome;
  const ran = await runExclusive(key, async () => {
    outcome = await run(target, scope, key, def, options);
  });
  return ran ? outcome : { ...outcome, ran: false };
}

async function run<T>(
  target: ErpTarget,
  scope: string,
  key: string,
  def: EntityDef<T>,
  { onProgress, signal }: SyncOptions,
): Promise<SyncOutcome> {
  const db = await getDb();
  const [state] = await db
    .insert(syncState)
    .values({ key, scope, entity: def.name, lastRunAt: sql`now()` })
    .onConflictDoUpdate({ target: syncState.key, set: { lastRunAt: sql`now()` } })
    .returning();
  if (!state) throw new Error(`sync state ${key} missing`);
  const phase = state.watermark ? "diff" : "initial";
  let page = phase === "initial" ? state.resumePage : 1;
  let nextWatermark = phase === "initial" ? state.pendingWatermark : null;
  let rows = phase === "initial" ? state.rows : 0;
  let deleted = 0;

  const filter = def.filter?.();
  // The alias' endpoint map decides where the collection lives (a customer's ERP may serve it elsewhere).
  const base = entityPath(target, def);
  const fetchAt = (n: number) => {
    const startedAt = new Date().toISOString();
    const request = (
      phase === "initial"
        ? fetchPage(target, base, n, def.pageSize, filter)
        : fetchDiff(target, def, base, state.watermark!, n, filter)
    ).then((res) => ({ res, startedAt }));
    // Awaited below, or abandoned when the run stops first: never an unhandled rejection.
    request.catch(() => undefined);
    return request;
  };

  try {
    let pending = fetchAt(page);
    for (;;) {
      // Cancel between pages: what is stored stays, and the next run resumes at this page.
      if (signal?.aborted) throw new SyncCancelled();
      const { res, startedAt } = await pending;
      // The next page is asked for while this one is stored: the ERP and the store work in parallel.
      if (res.hasNext) pending = fetchAt(page + 1);
      nextWatermark ??= res.po_sync_date ?? startedAt;
      const applied = await applyPage(db, scope, def, res.items);
      rows += applied.upserted;
      deleted += applied.deleted;
      const pagesTotal =
        res.remainingRecords !== undefined
          ? page + Math.ceil(res.remainingRecords / def.pageSize)
          : res.hasNext
            ? page + 1
            : page;
      if (!res.hasNext) {
        // Done: progress, watermark and success in one write (most diffs are one empty page).
        await db
          .update(syncState)
          .set({
            watermark: nextWatermark,
            pendingWatermark: null,
            resumePage: 1,
            pagesDone: page,
            pagesTotal,
            lastSuccessAt: sql`now()`,
            lastError: null,
            ...(phase === "initial" ? { rows } : {}),
          })
          .where(eq(syncState.key, key));
        await onProgress?.({ entity: def.name, phase, pagesDone: page, pagesTotal, rows });
        break;
      }
      await db
        .update(syncState)
        .set(
          phase === "initial"
            ? { resumePage: page + 1, pendingWatermark: nextWatermark, pagesDone: page, pagesTotal, rows }
            : { pagesDone: page, pagesTotal },
        )
        .where(eq(syncState.key, key));
      await onProgress?.({ entity: def.name, phase, pagesDone: page, pagesTotal, rows });
      page++;
    }
    return { entity: def.name, ran: true, phase, rows, deleted };
  } catch (error) {
    // The ERP's own words as before; the portal's generic ones as their code, translated where shown.
    const message =
      error instanceof ErpError
        ? error.fromErp
          ? `${error.kind}: ${error.message}`
          : error.code
        : error instanceof Error
          ? error.message
          : String(error);
    await db
      .update(syncState)
      .set({ lastError: message.slice(0, 500) })
      .where(eq(syncState.key, key));
    throw error;
  }
}

function fetchPage(target: ErpTarget, path: string, page: number, pageSize: number, filter?: string): Promise<TgvPage> {
  return protheusFetch(target, path, { query: { page, pageSize, filter }, schema: pageSchema });
}

const diffFamily = new Map<string, number>();

/** Newer servers answer `{entity}/sync/diff/{date}`, older `{entity}/diff/{date}`: try, remember. */
async function fetchDiff<T>(
  target: ErpTarget,
  def: EntityDef<T>,
  base: string,
  watermark: string,
  page: number,
  filter?: string,
): Promise<TgvPage> {
  // Per ERP and per endpoint: another alias on the same ERP may map the collection elsewhere.
  const mapped = typeof def.path === "string" ? "" : (target.endpoints?.[def.path.endpoint] ?? "");
  const familyKey = `${target.baseUrl}|${def.storeAs ?? def.name}|${mapped}`;
  const start = diffFamily.get(familyKey) ?? 0;
  for (let i = start; i < def.diffPaths.length; i++) {
    try {
      const res = await fetchPage(target, def.diffPaths[i]!(base, watermark || EPOCH), page, def.pageSize, filter);
      diffFamily.set(familyKey, i);
      return res;
    } catch (error) {
      if (!(error instanceof ErpError && error.kind === "not_found") || i === def.diffPaths.length - 1) throw error;
    }
  }
  throw new Error("unreachable");
}

async function applyPage<T>(db: Db, scope: string, def: EntityDef<T>, items: Record<string, unknown>[]) {
  if (items.length === 0) return { upserted: 0, deleted: 0 };
  const records = items.map(def.toRecord);
  const live = dedupe(records.filter((r) => !r.deleted));
  const gone = records.filter((r) => r.deleted).map((r) => r.id);
  const entity = def.storeAs ?? def.name;
  await db.transaction(async (transaction) => {
    // Both drivers' transactions expose the query builder the stores use.
    const tx = transaction as unknown as Db;
    if (live.length) await def.store.upsert(tx, scope, entity, live);
    if (gone.length) await def.store.remove(tx, scope, entity, gone);
    await def.afterApply?.(
      tx,
      scope,
      live.map((r) => r.data),
      gone,
    );
  });
  storeWritten(scope, entity);
  return { upserted: live.length, deleted: gone.length };
}

/** A page may carry the same id twice (a row updated while paging); the last one wins. */
function dedupe<R extends { id: string }>(records: R[]): R[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}
