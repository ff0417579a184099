import "server-only";
import { ErpError } from "@/server/erp/errors";
import { endpointPath, type EndpointKey } from "@/server/erp/protheus/endpoints";
import { protheusFetch, type ErpTarget } from "@/server/erp/protheus/transport";
import { pageSchema } from "@/server/erp/protheus/wire";
import { failureDetail, note, type Check, type DiagnosticsContext } from "./context";
import { needsToken } from "./protheus";

/**
 * UseRowStamp=1 (DBAccess): the PGV diffs select `S_T_A_M_P_ > date`. Without the key the column
 * is missing or empty and every diff comes back empty, so the portal's sync never sees a change.
 * Read-only test: for entities whose list has rows, the diff since the PO Sync epoch (what a first
 * sync asks) must return rows too. One row per page is enough either way.
 */
const ENTITIES = [
  ["notifications", "notifications"],
  ["salesOrders", "salesorders"],
  ["customers", "customers"],
] as const satisfies readonly (readonly [EndpointKey, string])[];

/** The date a first diff asks from (server/sync/runner.ts): every stamped row is newer. */
const EPOCH = "1900-01-01T00:00:00Z";

type Sample = { name: string; listed: boolean; changed: boolean };

async function sample(ctx: DiagnosticsContext, target: ErpTarget, key: EndpointKey, name: string): Promise<Sample> {
  const path = endpointPath({ endpoints: ctx.endpoints }, key);
  const read = (p: string) =>
    protheusFetch(target, p, { query: { page: 1, pageSize: 1 }, schema: pageSchema, deadline: ctx.deadline });
  const list = await read(path);
  if (list.items.length === 0) return { name, listed: false, changed: false };
  // Newer packages answer `{entity}/sync/diff/{date}`, older ones `{entity}/diff/{date}` (ERP-CONTRACT.md §4).
  for (const family of ["diff", "sync/diff"]) {
    try {
      const diff = await read(`${path}/${family}/${encodeURIComponent(EPOCH)}`);
      return { name, listed: true, changed: diff.items.length > 0 };
    } catch (error) {
      if (!(error instanceof ErpError && error.status === 404) || family === "sync/diff") throw error;
    }
  }
  throw new Error("unreachable");
}

export const rowStampCheck: Check = {
  id: "rowStamp",
  check: "rowStamp",
  needs: [needsToken],
  fixOnError: note("rowStamp"),
  async run(ctx) {
    const target = await ctx.session();
    const names = ENTITIES.map(([, name]) => name).join(", ");
    let samples: Sample[];
    try {
      samples = await Promise.all(ENTITIES.map(([key, name]) => sample(ctx, target, key, name)));
    } catch (error) {
      return { status: "failed", detail: failureDetail(error), fix: note("erpFailure") };
    }
    const changed = samples.find((s) => s.changed);
    if (changed) return { status: "ok", detail: note("rowStampOk", { entity: changed.name }) };
    if (!samples.some((s) => s.listed))
      return { status: "skipped", detail: note("rowStampNoData", { entities: names }) };
    const listed = samples
      .filter((s) => s.listed)
      .map((s) => s.name)
      .join(", ");
    return { status: "failed", detail: note("rowStampEmpty", { entities: listed }), fix: note("rowStamp") };
  },
};
