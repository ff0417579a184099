import "server-only";

/**
 * State shared by every bundle of this server process, created once under `key`. Next compiles the
 * pages and server actions apart from the route handlers, so a module's own variables exist once per
 * bundle: a cache emptied by an action (a logout, a notification marked read) would still be full
 * in a route handler's copy. What one part writes and another reads lives here.
 */
export function processState<T>(key: string, create: () => T): T {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const symbol = Symbol.for(`pgv.${key}`);
  return (holder[symbol] ??= create());
}
