// The embedded store (PGlite) in a worker thread of the portal's process (server/store/embedded.ts
// starts it): PostgreSQL in WebAssembly answers here, so a query no longer holds the thread that
// serves every request (issue 20: under load it took a third of that thread). Plain Node, no
// bundler: one message per statement in, its result or its error out. Transactions are the
// caller's BEGIN … COMMIT, kept apart from other statements by the caller.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** `{ dataDir: string | null (in memory), startParams: string[] }` */
const { dataDir, startParams } = workerData;
const options = { extensions: { pg_trgm }, startParams: [...PGlite.defaultStartParams, ...startParams] };
const db = dataDir ? new PGlite(dataDir, options) : new PGlite(options);

const keep = (value) => value;
/** The fields of PostgreSQL's error a caller may read (code, constraint…); the rest stays here. */
const ERROR_FIELDS = ["code", "detail", "hint", "severity", "schema", "table", "column", "constraint", "where"];

parentPort.on("message", async ({ id, sql, params, rowMode, rawTypes }) => {
  try {
    // Types the caller parses itself come back as PostgreSQL's text (drizzle's timestamps, dates).
    const parsers = Object.fromEntries(rawTypes.map((type) => [type, keep]));
    const { rows, fields, affectedRows } = await db.query(sql, params, { rowMode, parsers });
    parentPort.postMessage({ id, result: { rows, fields, affectedRows } });
  } catch (error) {
    const fields = Object.fromEntries(ERROR_FIELDS.filter((k) => error?.[k] !== undefined).map((k) => [k, error[k]]));
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), ...fields } });
  }
});

try {
  await db.waitReady;
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ failed: String(error?.message ?? error) });
}
