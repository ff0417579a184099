import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono } from "hono";
import { businessAdminRoutes } from "./admin-business";
import { adminSqlRoutes } from "./admin-sql";
import type { AppEnv, SandboxState } from "./context";
import { switchesPatchSchema } from "./config";
import { readJsonBody, TotvsError } from "./errors";
import { faultsBodySchema } from "./faults";
import { privilegeAdminRoutes } from "./protheus/privileges-routes";
import { expireTokens, tokensOfLogin } from "./protheus/tokens";

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

function invalidBody(issues: { path: PropertyKey[]; message: string }[]): never {
  const detail = issues.map((i) => `${i.path.map(String).join(".") || "(body)"}: ${i.message}`).join("; ");
  throw new TotvsError(400, "Corpo inválido.", detail);
}

/**
 * `/__admin`: switches, reset, request log, faults, token expiry — for tests and demos. Guarded
 * twice: loopback callers only (even when SANDBOX_HOST exposes the sandbox to a network) and the
 * `x-sandbox-admin-key` header. Not logged in the request log: that log is what tests assert on.
 */
export function adminRoutes(state: SandboxState, reset: () => Promise<void>): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();

  admin.use("*", async (c, next) => {
    // In-process calls (`app.request`) have no socket: they come from this process by definition.
    if (c.env?.incoming && !isLoopback(getConnInfo(c).remote.address)) {
      throw new TotvsError(403, "Acesso negado.", "The sandbox admin API only answers loopback addresses");
    }
    if (c.req.header("x-sandbox-admin-key") !== state.settings.adminKey) {
      throw new TotvsError(401, "Chave de administração inválida.", "Missing or wrong x-sandbox-admin-key header");
    }
    await next();
  });

  // Before /reset: the business routes pause the order job around it (admin-business.ts).
  admin.route("/", businessAdminRoutes(state));
  admin.route("/", adminSqlRoutes(state));
  admin.route("/", privilegeAdminRoutes(state));
  admin.get("/config", (c) => c.json(state.switches));
  admin.put("/config", async (c) => {
    const parsed = switchesPatchSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) invalidBody(parsed.error.issues);
    state.switches = { ...state.switches, ...parsed.data };
    return c.json(state.switches);
  });

  admin.post("/reset", async (c) => {
    await reset();
    return c.json({ ok: true, config: state.switches });
  });

  admin.get("/requests", (c) => c.json({ items: state.requests.list() }));
  admin.delete("/requests", (c) => {
    state.requests.clear();
    return c.body(null, 204);
  });

  admin.get("/faults", (c) => c.json({ faults: state.faults.list() }));
  admin.put("/faults", async (c) => {
    const parsed = faultsBodySchema.safeParse(await readJsonBody(c));
    if (!parsed.success) invalidBody(parsed.error.issues);
    state.faults.set(parsed.data.faults);
    return c.json({ faults: state.faults.list() });
  });

  admin.post("/tokens/expire", async (c) => {
    const kind = c.req.query("kind") ?? "access";
    if (kind !== "access" && kind !== "refresh" && kind !== "all")
      invalidBody([{ path: ["kind"], message: "must be access, refresh or all" }]);
    return c.json({ expired: await expireTokens(state.db, kind) });
  });
  admin.get("/tokens", async (c) => c.json({ items: await tokensOfLogin(state.db, c.req.query("user") ?? "") }));
  return admin;
}
