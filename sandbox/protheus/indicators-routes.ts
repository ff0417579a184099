import type { Context, Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { businessDate } from "../context";
import { TotvsError } from "../errors";
import { parseComparison, parsePeriod } from "../orders/indicator-period";
import { computeCards, computeCharts, type IndicatorScope } from "../orders/indicators";
import { requireSellerViewer } from "./tgv/viewer";

/**
 * `salesindicators/cards` and `salesindicators/charts` (ERP-CONTRACT.md §4: online only, never
 * synced). A seller gets their own figures; an administrator gets the branch's, or one seller's
 * with `seller=`. Shapes and definitions: sandbox/docs/orders.md.
 */
export function registerIndicatorRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  rest.get("/api/tgv/salesindicators/cards", async (c) => {
    const scope = await indicatorScope(state, c);
    const today = businessDate(state);
    return c.json(await computeCards(state.db, scope, parsePeriod(c.req.query(), today), today));
  });
  rest.get("/api/tgv/salesindicators/charts", async (c) => {
    const scope = await indicatorScope(state, c);
    const period = parsePeriod(c.req.query(), businessDate(state));
    return c.json(await computeCharts(state.db, scope, period, parseComparison(c.req.query("comparison"))));
  });
}

async function indicatorScope(state: SandboxState, c: Context<AppEnv>): Promise<IndicatorScope> {
  const viewer = await requireSellerViewer(state, c);
  const requested = c.req.query("seller")?.trim() || undefined;
  if (!viewer.isAdmin && requested && requested !== viewer.sellerCode) {
    throw new TotvsError(
      403,
      "Um vendedor só consulta os próprios indicadores.",
      `seller=${requested} differs from the viewer's ${viewer.sellerCode ?? "(none)"}`,
    );
  }
  const seller = viewer.isAdmin ? (requested ?? null) : viewer.sellerCode;
  return { company: viewer.tenant.company, branch: viewer.tenant.branch, seller };
}
