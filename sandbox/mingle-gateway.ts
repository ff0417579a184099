import type { Handler } from "hono";
import type { AppEnv, SandboxState } from "./context";
import { MingleError } from "./errors";
import { findToken } from "./protheus/tokens";
import { findUserById } from "./protheus/users";

// Hop-by-hop or rewritten headers; everything else (tenantid, x-erp-module, Accept-Language...) passes.
const dropped = new Set(["host", "authorization", "content-length", "connection", "keep-alive", "transfer-encoding"]);

/**
 * `ALL /mingle/api/v1/gateway/{setId}/{path under /rest}`: checks the Mingle token belongs to that
 * set, then replays the call on /rest with the mapped Protheus token and returns Protheus' answer
 * untouched. An expired Protheus token therefore surfaces as Protheus' own 401; the client then
 * refreshes through Mingle. A remainder already starting with `/rest/` is not prefixed twice.
 */
export function mingleGateway(state: SandboxState): Handler<AppEnv> {
  return async (c) => {
    const setId = c.req.param("setId") ?? "";
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim() ?? "";
    const row = await findToken(state.db, bearer, "mingle", "access");
    if (!row || row.setId !== setId || !row.linkedToken) throw new MingleError(401, "Unauthorized");
    const user = await findUserById(state.db, row.userId);
    c.set("logUser", user?.login ?? null);

    const url = new URL(c.req.url);
    const marker = `/api/v1/gateway/${setId}`;
    let path = url.pathname.slice(url.pathname.indexOf(marker) + marker.length) || "/";
    if (!path.startsWith("/rest/")) path = `/rest${path}`;

    const headers = new Headers();
    for (const [name, value] of c.req.raw.headers) if (!dropped.has(name.toLowerCase())) headers.set(name, value);
    headers.set("authorization", `Bearer ${row.linkedToken}`);
    const hasBody = !["GET", "HEAD"].includes(c.req.method);
    const forwarded = new Request(new URL(path + url.search, url.origin), {
      method: c.req.method,
      headers,
      body: hasBody ? await c.req.arrayBuffer() : undefined,
      signal: c.req.raw.signal,
    });
    const res = await state.dispatch(forwarded, c.env);
    return new Response(res.body, { status: res.status, headers: res.headers });
  };
}
