import "server-only";
import { processState } from "@/server/process-state";

/**
 * Writes this process made to one scope's synced entity, counted. An answer a service keeps in
 * memory remembers the count it was read at, and reads the store again once the count moved: a
 * change made here is seen at once. Another instance's writes (scale-out) are seen when the
 * answer's own short lifetime ends. Shared by the process's bundles (server/process-state.ts): an
 * action's write reaches the route handlers.
 */
const writes = processState("storeWrites", () => new Map<string, number>());

export function storeWritten(scope: string, entity: string): void {
  const key = `${scope}|${entity}`;
  writes.set(key, (writes.get(key) ?? 0) + 1);
}

export function storeWrites(scope: string, entity: string): number {
  return writes.get(`${scope}|${entity}`) ?? 0;
}
