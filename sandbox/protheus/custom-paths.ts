import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "../context";

/**
 * A customer's own paths for endpoints the portal needs (issue 19, the portal's per-alias endpoint
 * map): a customer's Protheus team may publish one under a namespace of its own — a TLPP `@Get`
 * wrapping the PGV's service, a REST of its own at `api/acme/v1/…` — instead of the path the portal
 * assumes. `customPaths` (`PUT /__admin/config`) lists them: a request to `path` under `/rest`, or
 * to a path below it (`…/{id}`, `…/diff/{date}`), is answered exactly as one to `serves` (and the
 * same path below it): same method, headers, body and query, `{name}` placeholders carried over.
 * The standard path stays served too. Docs: sandbox/docs/tgv-api.md "Custom paths".
 */

const segment = /^(?:[A-Za-z0-9_.-]+|\{[a-zA-Z]+\})$/;
const template = z
  .string()
  .transform((t) => t.replace(/^\/+|\/+$/g, ""))
  .refine((t) => t.split("/").every((s) => segment.test(s) && s !== "." && s !== ".."), "a path like api/x/{code}");

const names = (t: string) => [...t.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!);

export const customPathSchema = z
  .object({ path: template, serves: template })
  .strict()
  .refine(
    (c) => names(c.serves).every((n) => names(c.path).includes(n)),
    "serves may only use the path's placeholders",
  );
export type CustomPath = z.infer<typeof customPathSchema>;

/**
 * The placeholders' values and what follows when `path` (under /rest, no leading slash) is the
 * template or below it, else null.
 */
function match(pattern: string, path: string): { params: Record<string, string>; below: string[] } | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (got.length < want.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const name = /^\{([a-zA-Z]+)\}$/.exec(want[i]!)?.[1];
    if (name) {
      if (!got[i]) return null;
      params[name] = decodeURIComponent(got[i]!);
    } else if (want[i] !== got[i]) return null;
  }
  return { params, below: got.slice(want.length) };
}

export function customPaths(state: SandboxState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const marker = url.pathname.indexOf("/rest/");
    if (marker < 0 || state.switches.customPaths.length === 0) return next();
    const path = url.pathname.slice(marker + "/rest/".length);
    for (const custom of state.switches.customPaths) {
      const found = match(custom.path, path);
      if (!found) continue;
      const served = [
        custom.serves.replace(/\{([a-zA-Z]+)\}/g, (_, n: string) => encodeURIComponent(found.params[n]!)),
        ...found.below,
      ].join("/");
      const hasBody = !["GET", "HEAD"].includes(c.req.method);
      const forwarded = new Request(
        new URL(`${url.pathname.slice(0, marker)}/rest/${served}${url.search}`, url.origin),
        {
          method: c.req.method,
          headers: c.req.raw.headers,
          body: hasBody ? await c.req.arrayBuffer() : undefined,
          signal: c.req.raw.signal,
        },
      );
      const res = await state.dispatch(forwarded, c.env);
      return new Response(res.body, { status: res.status, headers: res.headers });
    }
    return next();
  };
}
