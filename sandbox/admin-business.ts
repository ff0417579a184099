import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "./context";
import { businessDate, businessDateIso } from "./context";
import { readJsonBody, TotvsError } from "./errors";
import { advanceBusinessTime, MAX_ADVANCE_DAYS } from "./orders/business-time";
import { orderJob } from "./orders/job-runtime";
import { ReleaseRefused, releaseByHand } from "./orders/manual-release";
import { listQueue } from "./orders/queue";
import { payTitles } from "./orders/titles";

/**
 * Business lifecycle controls under `/__admin` (same loopback + admin-key guard, mounted by
 * admin.ts): business time, title payment, manual release, the order job. They let tests and
 * demos drive an order from POST to invoice and receivables without waiting. Each answers JSON
 * describing what it did. Docs: sandbox/docs/orders.md.
 */

const tenantFields = {
  company: z
    .string()
    .regex(/^[0-9A-Z]{2}$/)
    .default("01"),
  branch: z
    .string()
    .regex(/^[0-9A-Z]{2}$/)
    .default("01"),
};
const advanceSchema = z.object({ days: z.number().int().min(1).max(MAX_ADVANCE_DAYS) }).strict();
const paySchema = z
  .object({
    ...tenantFields,
    customer: z.string().length(6),
    store: z.string().length(2),
    prefix: z.string().max(3).optional(),
    number: z.string().max(9).optional(),
    installment: z.string().max(1).optional(),
  })
  .strict();
const releaseSchema = z.object({ ...tenantFields, kind: z.enum(["credit", "stock", "all"]).default("all") }).strict();

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(body)"}: ${i.message}`).join("; ");
  throw new TotvsError(400, "Corpo inválido.", detail);
}

export function businessAdminRoutes(state: SandboxState): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();

  // Reset restores the database under the job: let the item in flight finish, run nothing meanwhile.
  admin.use("/reset", async (c, next) => {
    const job = orderJob(state);
    await job.pause();
    try {
      await next();
    } finally {
      job.hold(false);
      job.resume();
    }
  });

  admin.get("/time", (c) => c.json({ businessDate: businessDateIso(state) }));
  admin.post("/time/advance", async (c) => {
    const { days } = parse(advanceSchema, await readJsonBody(c));
    const job = orderJob(state);
    await job.pause();
    try {
      return c.json({ days, ...(await advanceBusinessTime(state, days)) });
    } finally {
      job.resume();
    }
  });

  admin.post("/titles/pay", async (c) => {
    const { company, branch, ...filter } = parse(paySchema, await readJsonBody(c));
    const result = await state.db.transaction((tx) => payTitles(tx, { company, branch }, filter, businessDate(state)));
    return c.json({ company, branch, customer: filter.customer, store: filter.store, ...result });
  });

  admin.post("/orders/:number/release", async (c) => {
    const { company, branch, kind } = parse(releaseSchema, await readJsonBody(c));
    const number = c.req.param("number");
    if (!/^[0-9A-Z]{6}$/.test(number))
      throw new TotvsError(400, "Número de pedido inválido.", `order number ${number}`);
    try {
      const result = await state.db.transaction((tx) =>
        releaseByHand(tx, { company, branch }, number, kind, businessDate(state), "000000"),
      );
      return c.json({ company, branch, kind, ...result });
    } catch (err) {
      if (err instanceof ReleaseRefused)
        throw new TotvsError(422, err.message, `release ${kind} of ${company}/${branch}/${number} refused`);
      throw err;
    }
  });

  admin.post("/jobs/run", async (c) => c.json(await orderJob(state).runNow()));
  // Hold / release the automatic runs (reset releases them): a test can then look at waiting
  // items, or change data under them, before `jobs/run` processes them deterministically.
  admin.post("/jobs/hold", (c) => {
    orderJob(state).hold(true);
    return c.json({ held: true });
  });
  admin.post("/jobs/release", (c) => {
    orderJob(state).hold(false);
    return c.json({ held: false });
  });
  admin.get("/queue", async (c) => {
    const { rows } = await state.db.query<{ company: string }>(
      "SELECT DISTINCT M0_CODIGO AS company FROM SYS_COMPANY WHERE D_E_L_E_T_ = ' ' ORDER BY 1",
    );
    const items = (await Promise.all(rows.map((r) => listQueue(state.db, r.company)))).flat();
    return c.json({ items: items.sort((a, b) => (b.receivedAt ?? "").localeCompare(a.receivedAt ?? "")) });
  });
  return admin;
}
