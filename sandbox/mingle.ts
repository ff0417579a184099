import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "./context";
import { MingleError, readJsonBody } from "./errors";
import { mingleGateway } from "./mingle-gateway";
import { findToken, issuePair, revokeToken, type TokenPair } from "./protheus/tokens";
import { findUserById, type ProtheusUser } from "./protheus/users";

/**
 * TOTVS Mingle (ERP-CONTRACT.md §3): alias login, refresh and the gateway to the Appserver. Mingle
 * holds a Protheus token pair per session and hands out its own pair mapped to it; it talks to
 * Protheus over HTTP, which here means the sandbox's own /rest routes called in-process.
 */

type MingleSet = {
  setId: string;
  alias: string;
  clientId: string;
  clientName: string;
  params: { key: string; value: string }[];
};

async function findSet(state: SandboxState, where: "alias" | "set_id", value: string): Promise<MingleSet | undefined> {
  const column = where === "alias" ? "lower(s.alias) = lower($1)" : "s.set_id = $1";
  const { rows } = await state.db.query<MingleSet>(
    `SELECT s.set_id AS "setId", s.alias, c.client_id AS "clientId", c.name AS "clientName", s.params_values AS params
       FROM mingle_set s JOIN mingle_client c USING (client_id) WHERE ${column}`,
    [value],
  );
  return rows[0];
}

/** Mingle user ids are ObjectId-like; derived from the Protheus user id so they are stable. */
const mingleUserId = (userId: string) => `64b000000000000000${userId}`;

function sessionBody(set: MingleSet, user: ProtheusUser, pair: TokenPair) {
  return {
    access_token: pair.accessToken,
    refresh_token: pair.refreshToken,
    expires_in: pair.expiresIn,
    client: { _id: set.clientId, name: set.clientName },
    set: { _id: set.setId, alias: set.alias },
    muser: { _id: mingleUserId(user.id), login: user.login },
    params_values: set.params,
    auth_driver: "protheus",
    // Always present: TOTVS's own client reads it unconditionally (ERP-CONTRACT.md §3).
    wso2: {},
  };
}

/** Asks Protheus for a token (password or refresh grant) the way Mingle does, over "HTTP". */
async function protheusToken(state: SandboxState, c: Context<AppEnv>, params: Record<string, string>) {
  const url = `http://sandbox.internal/rest/api/oauth2/v1/token?${new URLSearchParams(params)}`;
  const res = await state.dispatch(new Request(url, { method: "POST", signal: c.req.raw.signal }), c.env);
  if (res.status === 401) return undefined;
  if (!res.ok) throw new MingleError(502, "Protheus server unavailable");
  const body = (await res.json()) as { access_token: string; refresh_token: string };
  const row = await findToken(state.db, body.access_token, "protheus", "access");
  const user = row && (await findUserById(state.db, row.userId));
  if (!user) throw new MingleError(502, "Protheus server unavailable");
  return { user, accessToken: body.access_token, refreshToken: body.refresh_token };
}

const authenticateSchema = z.object({ login: z.string(), password: z.string(), alias: z.string() }).loose();
const refreshSchema = z
  .object({ rtoken: z.string(), _set: z.string().optional(), _muser: z.string().optional() })
  .loose();

export function mingleRoutes(state: SandboxState): Hono<AppEnv> {
  const mingle = new Hono<AppEnv>();

  mingle.post("/api/v1/auth/app/authenticate", async (c) => {
    const parsed = authenticateSchema.safeParse(await readJsonBody(c, "mingle"));
    if (!parsed.success) throw new MingleError(400, "login, password and alias are required");
    const { login, password, alias } = parsed.data;
    c.set("logUser", login || null);
    const set = await findSet(state, "alias", alias);
    if (!set) throw new MingleError(401, "Invalid Alias");
    const protheus = await protheusToken(state, c, { grant_type: "password", username: login, password });
    if (!protheus) throw new MingleError(401, "Invalid credentials");
    const pair = await issuePair(state.db, state.switches, {
      realm: "mingle",
      userId: protheus.user.id,
      setId: set.setId,
      linkedAccess: protheus.accessToken,
      linkedRefresh: protheus.refreshToken,
    });
    return c.json(sessionBody(set, protheus.user, pair), 200);
  });

  mingle.post("/api/v1/auth/app/refresh", async (c) => {
    const parsed = refreshSchema.safeParse(await readJsonBody(c, "mingle"));
    if (!parsed.success) throw new MingleError(400, "rtoken is required");
    const { rtoken, _set, _muser } = parsed.data;
    const invalid = new MingleError(401, "Invalid refresh token");
    const row = await findToken(state.db, rtoken, "mingle", "refresh");
    if (!row?.setId || (_set && _set !== row.setId) || (_muser && _muser !== mingleUserId(row.userId))) throw invalid;
    if (!(await revokeToken(state.db, rtoken))) throw invalid;
    const set = await findSet(state, "set_id", row.setId);
    const protheus = await protheusToken(state, c, {
      grant_type: "refresh_token",
      refresh_token: row.linkedToken ?? "",
    });
    if (!set || !protheus) throw invalid;
    c.set("logUser", protheus.user.login);
    const pair = await issuePair(state.db, state.switches, {
      realm: "mingle",
      userId: protheus.user.id,
      setId: set.setId,
      linkedAccess: protheus.accessToken,
      linkedRefresh: protheus.refreshToken,
    });
    return c.json(sessionBody(set, protheus.user, pair), 200);
  });

  // The TOTVS client posts usage metrics after every login; nothing to keep.
  mingle.post("/api/v1/usage-metrics/log", (c) => c.body(null, 204));

  mingle.all("/api/v1/gateway/:setId/*", mingleGateway(state));
  return mingle;
}
