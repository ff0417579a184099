import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context";

export type LoggedRequest = {
  at: string;
  method: string;
  /** As received, e.g. `/rest/api/oauth2/v1/token`. */
  path: string;
  query: Record<string, string>;
  /** Raw `tenantId` header, or null. */
  tenant: string | null;
  /** Login name of the caller when known (token owner, Basic user, login attempted), else null. */
  user: string | null;
  /** 0 when no answer reached the client (`drop`, `hang` faults). */
  status: number;
};

// Secrets never reach the log: it is served by /__admin/requests and tests grep for tokens.
const secretParams = new Set(["password", "refresh_token", "access_token", "rtoken"]);

/** In-memory ring buffer of the last requests to /rest and /mingle (tests assert on it). */
export class RequestLog {
  private items: LoggedRequest[] = [];

  constructor(private readonly capacity = 5_000) {}

  add(entry: LoggedRequest): void {
    this.items.push(entry);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  list(): LoggedRequest[] {
    return [...this.items];
  }

  clear(): void {
    this.items = [];
  }
}

export function requestLogger(log: RequestLog): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const at = new Date().toISOString();
    const url = new URL(c.req.url);
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] = secretParams.has(key.toLowerCase()) ? "***" : value;
    try {
      await next();
    } finally {
      log.add({
        at,
        method: c.req.method,
        path: url.pathname,
        query,
        tenant: c.req.header("tenantid") ?? null,
        user: c.get("logUser") ?? c.get("user")?.login ?? null,
        status: c.get("logStatus") ?? (c.finalized ? c.res.status : 500),
      });
    }
  };
}
