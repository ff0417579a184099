import type { Context, Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { TotvsError } from "../../errors";
import { findOne, runCollection } from "./collection";
import type { EntityDefinition, QueryContext } from "./entity";
import { requireSellerViewer, type Viewer } from "./viewer";

/**
 * Route helpers over the engine. `registerCollection` mounts, for one entity path:
 *   GET /api/tgv/{path}                     list (live rows only)
 *   GET /api/tgv/{path}/diff/{date}         rows stamped after {date}, deleted ones flagged
 *   GET /api/tgv/{path}/sync/diff/{date}    the same, URL family of newer PGV packages
 * Register diff routes before any `{path}/:code/:store` route: Hono tries routes in order.
 */

const BASE = "/api/tgv";

type ViewerResolver = (state: SandboxState, c: Context<AppEnv>) => Promise<Viewer>;

type CollectionRouteOptions = {
  /** Extra list paths answering the same collection (e.g. `financialstatus/sync`). */
  listAliases?: string[];
  /** Defaults to `requireSellerViewer` (403 for a user who is neither seller nor admin). */
  viewer?: ViewerResolver;
};

export function registerCollection(
  rest: Hono<AppEnv>,
  state: SandboxState,
  path: string,
  def: EntityDefinition,
  options: CollectionRouteOptions = {},
): void {
  const viewerOf = options.viewer ?? requireSellerViewer;
  const list = async (c: Context<AppEnv>, diffDate?: string) =>
    c.json(await runCollection(state, def, await viewerOf(state, c), { query: c.req.query(), diffDate }));

  rest.get(`${BASE}/${path}/diff/:date`, (c) => list(c, c.req.param("date")));
  rest.get(`${BASE}/${path}/sync/diff/:date`, (c) => list(c, c.req.param("date")));
  for (const alias of [path, ...(options.listAliases ?? [])]) rest.get(`${BASE}/${alias}`, (c) => list(c));
}

/** 404 in the TOTVS envelope. Out-of-scope records answer this too: never reveal they exist. */
export function notFound(message: string, detail: string): TotvsError {
  return new TotvsError(404, message, detail);
}

/** Single record by a route condition, or the 404 envelope. */
export async function findOneOr404(
  state: SandboxState,
  def: EntityDefinition,
  viewer: Viewer,
  where: (ctx: QueryContext) => string,
  /** User-safe message, e.g. `Cliente não encontrado.` */
  message: string,
  query: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const item = await findOne(state, def, viewer, where, query);
  if (!item)
    throw notFound(
      message,
      `${def.name}: no live record in scope of user ${viewer.user.id} in ${viewer.tenant.company},${viewer.tenant.branch}`,
    );
  return item;
}

export const TGV_BASE = BASE;
