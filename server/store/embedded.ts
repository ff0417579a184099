import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** What the store worker answers a statement with (PGlite's result). */
type Result = { rows: unknown[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
type QueryOptions = { rowMode?: "array" | "object"; parsers?: Record<number, unknown> };
type Pending = { resolve: (result: Result) => void; reject: (error: Error) => void };

/** The part of PGlite's client that drizzle-orm/pglite uses: statements and transactions. */
export type EmbeddedClient = {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<Result>;
  transaction<T>(fn: (tx: { query: EmbeddedClient["query"] }) => Promise<T>): Promise<T>;
};

/** PostgreSQL's error as the worker sends it: its message and fields (code, constraint…). */
export class EmbeddedStoreError extends Error {
  code?: string;
  constructor(fields: { message: string } & Record<string, unknown>) {
    super(fields.message);
    Object.assign(this, fields);
    this.name = "EmbeddedStoreError";
  }
}

const WORKER = path.join(process.cwd(), "scripts/store-worker.mjs");

/**
 * The embedded store (PGlite) in a worker thread of this process (scripts/store-worker.mjs), behind
 * the client surface drizzle uses. PostgreSQL in WebAssembly then runs beside the thread that serves
 * requests instead of on it. Statements are sent as they come (PGlite answers them in order); a
 * transaction is BEGIN … COMMIT (ROLLBACK on error) with every other statement held back until it
 * ends, as PGlite's own client does. The worker keeps the process alive only while it owes an answer.
 */
export async function openEmbeddedStore(options: {
  dataDir: string | null;
  startParams: string[];
  onExit: () => void;
}): Promise<EmbeddedClient> {
  const worker = new Worker(WORKER, {
    workerData: { dataDir: options.dataDir, startParams: options.startParams },
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const pending = new Map<number, Pending>();
  let next = 0;
  let gone: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", function starting(message: { ready?: true; failed?: string }) {
      worker.off("message", starting);
      worker.off("error", reject);
      if (message.ready) resolve();
      else reject(new Error(`the embedded store did not open: ${message.failed}`));
    });
  });
  worker.unref();

  worker.on("message", (message: { id: number; result?: Result; error?: { message: string } }) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (pending.size === 0) worker.unref();
    if (message.error) waiting.reject(new EmbeddedStoreError(message.error));
    else waiting.resolve(message.result!);
  });
  const fail = (error: Error) => {
    gone = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    options.onExit();
  };
  worker.on("error", (error) => fail(error));
  worker.on("exit", (code) => fail(new Error(`the embedded store stopped (exit ${code})`)));

  const send = (sql: string, params: unknown[] = [], queryOptions: QueryOptions = {}) =>
    new Promise<Result>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = next++;
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
      worker.postMessage({
        id,
        sql,
        params,
        rowMode: queryOptions.rowMode ?? "object",
        // drizzle's parsers all keep PostgreSQL's text (timestamps, dates, intervals): only their types travel.
        rawTypes: Object.keys(queryOptions.parsers ?? {}).map(Number),
      });
    });

  // The transaction in progress: statements from outside it wait for its end. Between the check
  // and the send nothing is awaited, so no statement can slip in after a BEGIN.
  let open: Promise<unknown> | null = null;
  const ended = () =>
    open!.then(
      () => undefined,
      () => undefined,
    );

  return {
    async query(sql, params, queryOptions) {
      while (open) await ended();
      return send(sql, params, queryOptions);
    },
    async transaction(fn) {
      while (open) await ended();
      const run = (async () => {
        await send("BEGIN");
        try {
          const result = await fn({ query: send });
          await send("COMMIT");
          return result;
        } catch (error) {
          await send("ROLLBACK").catch(() => undefined);
          throw error;
        }
      })();
      open = run;
      try {
        return await run;
      } finally {
        if (open === run) open = null;
      }
    },
  };
}
