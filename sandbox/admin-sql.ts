import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "./context";
import { readJsonBody, TotvsError } from "./errors";

const bodySchema = z
  .object({
    sql: z.string().min(1).max(20_000),
    params: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).default([]),
  })
  .strict();

/**
 * `POST /__admin/sql { sql, params }`: what a DBA (or another Protheus routine) would do to the
 * tables directly — insert a customer, change a limit, soft-delete a row — so tests can check that
 * the portal's sync sees changes made outside the PGV API. Mounted behind the admin guard
 * (loopback + admin key) like every admin route; answers `{ rows, affectedRows }`.
 */
export function adminSqlRoutes(state: SandboxState): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post("/sql", async (c) => {
    const parsed = bodySchema.safeParse(await readJsonBody(c));
    if (!parsed.success) throw new TotvsError(400, "Corpo inválido.", parsed.error.message);
    try {
      // Without params several statements may run in one go (exec); with params, one statement.
      const result = parsed.data.params.length
        ? await state.db.query(parsed.data.sql, parsed.data.params)
        : (await state.db.exec(parsed.data.sql)).at(-1);
      return c.json({ rows: result?.rows ?? [], affectedRows: result?.affectedRows ?? 0 });
    } catch (error) {
      throw new TotvsError(
        400,
        "SQL rejeitado pelo banco do sandbox.",
        error instanceof Error ? error.message : String(error),
      );
    }
  });
  return routes;
}
