import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import type { AppEnv } from "./context";
import { totvsError } from "./errors";

/**
 * Injected failures, so the portal's timeouts, retries and error mapping are tested against a real
 * socket instead of a mocked fetch. A fault applies to /rest, /mingle, /rm and /ws requests whose
 * path starts with `pathPrefix` (first matching fault wins); `times` = apply N times then stop.
 * Instead of a prefix a fault may name a `service` (FAULT_SERVICES): `cep`, the ViaCEP stand-in.
 */
export const FAULT_SERVICES = { cep: "/ws/" } as const;

const faultSchema = z
  .object({
    pathPrefix: z.string().startsWith("/").optional(),
    service: z.enum(["cep"]).optional(),
    kind: z.enum(["latency", "hang", "status", "drop", "malformed", "html"]),
    ms: z.number().int().min(0).max(600_000).optional(),
    status: z.number().int().min(200).max(599).optional(),
    times: z.number().int().positive().optional(),
  })
  .strict()
  .refine((f) => (f.pathPrefix === undefined) !== (f.service === undefined), "Give either pathPrefix or service.")
  .transform(({ service, pathPrefix, ...fault }) => ({
    pathPrefix: pathPrefix ?? FAULT_SERVICES[service!],
    ...fault,
  }));
export const faultsBodySchema = z.object({ faults: z.array(faultSchema) }).strict();
type Fault = z.infer<typeof faultSchema>;

export class FaultStore {
  private faults: Fault[] = [];
  /** Requests held by `hang`; released on reset / shutdown so the server can close. */
  private readonly hanging = new Set<() => void>();

  set(faults: Fault[]): void {
    this.faults = faults.map((f) => ({ ...f }));
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Finds the fault for this path and counts one use of it. */
  take(path: string): Fault | undefined {
    const fault = this.faults.find((f) => path.startsWith(f.pathPrefix));
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return fault;
  }

  /** Waits until the client goes away (or the sandbox resets / stops). */
  hang(c: Context<AppEnv>): Promise<void> {
    return new Promise((resolve) => {
      const release = () => {
        this.hanging.delete(release);
        resolve();
      };
      this.hanging.add(release);
      c.env?.outgoing?.once("close", release);
      c.req.raw.signal.addEventListener("abort", release, { once: true });
    });
  }

  clear(): void {
    this.faults = [];
    for (const release of [...this.hanging]) release();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function faultInjector(store: FaultStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fault = store.take(new URL(c.req.url).pathname);
    if (!fault) return next();
    switch (fault.kind) {
      case "latency":
        await sleep(fault.ms ?? 1_000);
        return next();
      case "status": {
        const status = (fault.status ?? 500) as ContentfulStatusCode;
        return totvsError(
          c,
          status,
          "Falha simulada pelo sandbox.",
          `Injected fault: status ${status} for ${fault.pathPrefix}`,
        );
      }
      case "hang":
        c.set("logStatus", 0);
        await store.hang(c);
        return c.body(null, 504);
      case "drop":
        c.set("logStatus", 0);
        // No bindings when called in-process: fail the way fetch fails on a reset connection.
        if (!c.env?.incoming) throw new TypeError("fetch failed (sandbox drop fault)");
        c.env.incoming.socket.destroy();
        return c.body(null, 502);
      case "malformed":
        // Cut-off JSON with a JSON content type, like a proxy that dropped the tail of the body.
        return c.body('{"hasNext":false,"items":[{"code":"0000', (fault.status ?? 200) as ContentfulStatusCode, {
          "content-type": "application/json",
        });
      case "html":
        // What a reverse proxy or WAF in front of the Appserver answers when it is unhappy.
        return c.html(
          "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>",
          (fault.status ?? 502) as ContentfulStatusCode,
        );
    }
  };
}
