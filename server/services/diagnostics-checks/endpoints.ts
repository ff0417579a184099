import "server-only";
import { ENDPOINTS, OPTIONAL_ENDPOINT_KEYS, type OptionalEndpointKey } from "@/server/erp/protheus/endpoints";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { note, type Check, type DiagnosticsContext } from "./context";
import { needsToken } from "./protheus";

/** What the capability probe learns of one optional endpoint: there (true), missing (false) or unknown (null: no clear answer). */
export type EndpointProbeResult = { present: boolean | null; status: number | null; ms: number };
export type EndpointProbe = (target: ErpTarget) => Promise<Record<OptionalEndpointKey, EndpointProbeResult>>;

/**
 * One row per optional endpoint (lib/erp/endpoints.ts), from one run of the login's capability
 * probe shared by every row: missing fails the row (a requirement is not met; the portal still
 * works, the feature hidden with its reason), and so does an unclear answer. Each row shows its
 * own endpoint's latency.
 */
export function endpointChecks(probe: EndpointProbe): Check[] {
  const runs = new WeakMap<DiagnosticsContext, ReturnType<EndpointProbe>>();
  const probed = (ctx: DiagnosticsContext) => {
    let run = runs.get(ctx);
    if (!run) {
      run = ctx.session().then((target) => probe({ ...target, endpoints: ctx.endpoints, missing: [] }));
      runs.set(ctx, run);
    }
    return run;
  };
  return OPTIONAL_ENDPOINT_KEYS.map((key) => ({
    id: `endpoint:${key}`,
    check: "endpoint",
    subject: key,
    needs: [needsToken],
    fixOnError: note("endpointFailed", { key }),
    async run(ctx) {
      const found = (await probed(ctx))[key];
      // The template as configured (placeholders kept): what the customer's team looks for.
      const path = (ctx.endpoints[key] ?? ENDPOINTS[key].path).replace(/^\/+|\/+$/g, "");
      const where = { alias: ctx.alias, key };
      if (found.present === true) return { status: "ok", detail: note("endpointPresent", { path }), ms: found.ms };
      if (found.present === false)
        return {
          status: "failed",
          detail: note("endpointMissing", { path }),
          fix: note("endpointMissing", { ...where, source: ENDPOINTS[key].source }),
          ms: found.ms,
        };
      return {
        status: "failed",
        detail: note("endpointFailed", { path, status: found.status ?? "none" }),
        fix: note("endpointFailed", where),
        ms: found.ms,
      };
    },
  }));
}
