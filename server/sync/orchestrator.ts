import "server-only";
import { eq } from "drizzle-orm";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { syncState } from "@/server/store/schema";
import { contactsEntity, customersEntity, financialStatusEntity, phoneContactsEntity, type EntityDef } from "./entities";
import { SyncCancelled, syncEntity } from "./runner";
import { scopeOf } from "./scope";
import type { EntityStatus, SyncStatus } from "@/lib/types/sync";

/** What the portal keeps locally for a rep, loaded in this order (customers first: the list needs them). */
export const SYNCED_ENTITIES: EntityDef<unknown>[] = [customersEntity, financialStatusEntity, contactsEntity, phoneContactsEntity] as EntityDef<unknown>[];

type Run = { controller: AbortController; done: Promise<void> };
const runs = new Map<string, Run>();

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
    for (const entity of SYNCED_ENTITIES) {
      await syncEntity(target, scope, entity, { signal: controller.signal });
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

export async function syncStatus(viewer: Viewer): Promise<SyncStatus> {
  const scope = scopeOf(viewer);
  const db = await getDb();
  const rows = await db.select().from(syncState).where(eq(syncState.scope, scope));
  const entities = SYNCED_ENTITIES.map((def): EntityStatus => {
    const row = rows.find((r) => r.entity === def.name);
    return {
      entity: def.name,
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
