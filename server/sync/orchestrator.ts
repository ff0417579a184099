import "server-only";
import { processState } from "@/server/process-state";
import { and, eq, like, notInArray, sql } from "drizzle-orm";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { refreshPlannerStats } from "@/server/store/planner-stats";
import { syncState, syncedRecords } from "@/server/store/schema";
import type { PriceList } from "@/lib/types/catalog";
import type { EntityStatus, SyncStatus } from "@/lib/types/sync";
import { businessToday } from "@/server/clock";
import {
  carriersEntity,
  contactsEntity,
  customersEntity,
  financialStatusEntity,
  notificationsEntity,
  operationTypesEntity,
  orderQueueEntity,
  paymentConditionsEntity,
  phoneContactsEntity,
  PRICE_LIST_ITEMS,
  priceListItemsEntity,
  priceListsEntity,
  productsEntity,
  prospectsEntity,
  quotationQueueEntity,
  quotationsEntity,
  salesOrdersEntity,
  entityEndpoint,
  type EntityDef,
} from "./entities";
import { SyncCancelled, syncEntity } from "./runner";
import { scopeOf } from "./scope";

/**
 * What the portal keeps locally for a rep, loaded in this order: customers first (the list needs
 * them), then what the customer page and the order form need, orders and notifications last.
 * The items of the price lists follow the lists (one watermark per list, see `syncPriceListItems`).
 */
export const SYNCED_ENTITIES = [
  customersEntity,
  financialStatusEntity,
  contactsEntity,
  phoneContactsEntity,
  paymentConditionsEntity,
  priceListsEntity,
  productsEntity,
  carriersEntity,
  operationTypesEntity,
  salesOrdersEntity,
  orderQueueEntity,
  quotationsEntity,
  quotationQueueEntity,
  prospectsEntity,
  notificationsEntity,
] as EntityDef<unknown>[];

/**
 * The entities synced for a viewer: all but those whose endpoint the login's capability probe found
 * missing (server/services/capabilities.ts): their feature is hidden, and waiting for them would keep
 * the initial load from ever finishing.
 */
function entitiesFor(viewer: Pick<Viewer, "missingEndpoints">): EntityDef<unknown>[] {
  return SYNCED_ENTITIES.filter((def) => {
    const endpoint = entityEndpoint(def);
    return !endpoint || !viewer.missingEndpoints?.includes(endpoint);
  });
}

/** The entities the status reports, in load order (`pricelistitems` aggregates every list). */
const statusEntities = (entities: EntityDef<unknown>[]) =>
  entities.flatMap((def) => (def === priceListsEntity ? [def.name, PRICE_LIST_ITEMS] : [def.name]));

/** Entities diffed at the same time once everything is loaded. */
const DIFF_LANES = 4;

async function everyEntityLoaded(scope: string, entities: EntityDef<unknown>[]): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select({ entity: syncState.entity, watermark: syncState.watermark })
    .from(syncState)
    .where(eq(syncState.scope, scope));
  return entities.every((def) => rows.some((r) => r.entity === def.name && r.watermark));
}

type Run = { controller: AbortController; done: Promise<void> };
/** The runs in flight in this process (every bundle's: server/process-state.ts). */
const runs = processState("syncRuns", () => new Map<string, Run>());

/**
 * Starts (or joins) the sync of every entity for the viewer's scope in the background: the initial
 * load when never loaded, a diff otherwise. Progress lives in `sync_state`, so a page reload (or
 * another instance) reads it; the run continues while nobody watches.
 */
export function startSync(viewer: Viewer): { started: boolean } {
  const scope = scopeOf(viewer);
  if (runs.has(scope)) return { started: false };
  const controller = new AbortController();
  const done = (async () => {
    const target = await erpForViewer(viewer);
    const signal = controller.signal;
    const one = async (entity: EntityDef<unknown>) => {
      await syncEntity(target, scope, entity, { signal });
      if (entity === priceListsEntity) await syncPriceListItems(target, scope, signal);
    };
    const entities = entitiesFor(viewer);
    if (await everyEntityLoaded(scope, entities)) {
      // Diffs: small, latency-bound requests; a few at a time keep a refresh short.
      const queue = [...entities];
      const lane = async () => {
        for (let entity = queue.shift(); entity; entity = queue.shift()) await one(entity);
      };
      const lanes = await Promise.allSettled(Array.from({ length: DIFF_LANES }, lane));
      const failed = lanes.find((l): l is PromiseRejectedResult => l.status === "rejected");
      if (failed) throw failed.reason;
    } else {
      // Initial load: one entity after the other, in the order the portal needs them.
      for (const entity of entities) await one(entity);
      await refreshPlannerStats(scope);
    }
  })()
    .catch((error: unknown) => {
      if (error instanceof SyncCancelled) return;
      if (error instanceof ErpError) log.warn("sync.failed", { scope, kind: error.kind, detail: error.detail });
      else log.unexpected("sync.failed", error, { scope });
    })
    .finally(() => runs.delete(scope));
  runs.set(scope, { controller, done });
  return { started: true };
}

/**
 * Items of every price list a rep can still sell from (active, not past its end date; a future
 * list is loaded ahead), each list with its own watermark. Items of lists that left that set
 * (deleted, inactivated, expired) are dropped with their watermark.
 */
export async function syncPriceListItems(target: ErpTarget, scope: string, signal?: AbortSignal): Promise<void> {
  const db = await getDb();
  const today = businessToday();
  const lists = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, priceListsEntity.name)));
  const codes = lists
    .map((r) => r.data as PriceList)
    .filter((l) => l.active && (!l.endDate || l.endDate >= today))
    .map((l) => l.code)
    .sort();
  for (const code of codes) await syncEntity(target, scope, priceListItemsEntity(code), { signal });
  const tracked = await db
    .select({ entity: syncState.entity })
    .from(syncState)
    .where(and(eq(syncState.scope, scope), like(syncState.entity, `${PRICE_LIST_ITEMS}:%`)));
  if (tracked.length === codes.length) return; // every tracked list is still sellable: nothing to drop
  const keep = codes.length ? codes : [""];
  await db.transaction(async (tx) => {
    await tx
      .delete(syncedRecords)
      .where(
        and(
          eq(syncedRecords.scope, scope),
          eq(syncedRecords.entity, PRICE_LIST_ITEMS),
          notInArray(sql`${syncedRecords.data}->>'priceList'`, keep),
        ),
      );
    await tx
      .delete(syncState)
      .where(
        and(
          eq(syncState.scope, scope),
          like(syncState.entity, `${PRICE_LIST_ITEMS}:%`),
          notInArray(sql`substr(${syncState.entity}, ${PRICE_LIST_ITEMS.length + 2})`, keep),
        ),
      );
  });
}

/** Runs the sync and waits for it (refresh button, after the rep's own order operations, tests). */
export async function syncNow(viewer: Viewer) {
  startSync(viewer);
  await runs.get(scopeOf(viewer))?.done;
  return syncStatus(viewer);
}

export function cancelSync(viewer: Viewer): boolean {
  const run = runs.get(scopeOf(viewer));
  run?.controller.abort();
  return Boolean(run);
}

type StateRow = typeof syncState.$inferSelect;

/** Price list items are one watermark per list: loaded when the lists are and every list's items are. */
function itemsStatus(rows: StateRow[]): EntityStatus {
  const lists = rows.find((r) => r.entity === priceListsEntity.name);
  const items = rows.filter((r) => r.entity.startsWith(`${PRICE_LIST_ITEMS}:`));
  const successes = [lists, ...items].map((r) => r?.lastSuccessAt);
  return {
    entity: PRICE_LIST_ITEMS,
    loaded: Boolean(lists?.watermark) && items.every((r) => r.watermark),
    pagesDone: items.reduce((n, r) => n + r.pagesDone, 0),
    pagesTotal: items.reduce((n, r) => n + r.pagesTotal, 0),
    rows: items.reduce((n, r) => n + r.rows, 0),
    lastSuccessAt: successes.every(Boolean) ? successes.map((d) => d!.toISOString()).sort()[0]! : null,
    lastError: items.find((r) => r.lastError)?.lastError ?? null,
  };
}

export async function syncStatus(viewer: Viewer): Promise<SyncStatus> {
  const scope = scopeOf(viewer);
  const db = await getDb();
  const rows = await db.select().from(syncState).where(eq(syncState.scope, scope));
  const entities = statusEntities(entitiesFor(viewer)).map((name): EntityStatus => {
    if (name === PRICE_LIST_ITEMS) return itemsStatus(rows);
    const row = rows.find((r) => r.entity === name);
    return {
      entity: name,
      loaded: Boolean(row?.watermark),
      pagesDone: row?.pagesDone ?? 0,
      pagesTotal: row?.pagesTotal ?? 0,
      rows: row?.rows ?? 0,
      lastSuccessAt: row?.lastSuccessAt?.toISOString() ?? null,
      lastError: row?.lastError ?? null,
    };
  });
  const successes = entities.map((e) => e.lastSuccessAt).filter((d): d is string => Boolean(d));
  return {
    running: runs.has(scope),
    ready: entities.every((e) => e.loaded),
    entities,
    lastSuccessAt: successes.length === entities.length ? successes.sort()[0]! : null,
  };
}
