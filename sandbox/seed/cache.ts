import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Database } from "../db";
import { seedDatabase, type SeedOptions } from "../seed";

/**
 * Seed cache for in-memory sandboxes (every integration run starts one): the first start seeds
 * and writes the PGlite data dir as a tarball; later starts load it (~1 s) instead of running
 * initdb and the seed (~5–8 s). The key covers the seed inputs and the source of the whole sandbox
 * (any change to a table, the seed or the code around them makes a new key), so a stale cache is
 * never used. Only the `demo` scale is cached (the `load` tarball would weigh gigabytes).
 * The snapshot schema is UNLOGGED and comes back empty from a tarball: the caller retakes it.
 */
type SeedCache = { dir: string };

const KEEP = 3;
const SOURCES = [
  "sandbox",
  "lib/br-documents.ts",
  "lib/br-municipality.ts",
  "lib/br-registration.ts",
  "lib/decimal.ts",
  "lib/money.ts",
  "node_modules/@electric-sql/pglite/package.json",
];

async function sourceFiles(entry: string): Promise<string[]> {
  const full = path.resolve(entry);
  if (!entry.startsWith("sandbox")) return [full];
  const found = await readdir(full, { recursive: true, withFileTypes: true });
  return found
    .filter((f) => f.isFile() && f.name.endsWith(".ts"))
    .map((f) => path.join(f.parentPath, f.name))
    .sort();
}

async function cacheKey(options: Required<Pick<SeedOptions, "seed" | "scale" | "today">>): Promise<string | null> {
  const hash = createHash("sha256").update(JSON.stringify(options));
  try {
    for (const entry of SOURCES) {
      for (const file of await sourceFiles(entry)) hash.update(file).update(await readFile(file));
    }
  } catch {
    return null; // not started from the project root: no reliable key, no cache
  }
  return hash.digest("hex").slice(0, 24);
}

/** An in-memory database holding the seeded data: from the cache, or seeded now and cached. */
export async function openSeededMemoryDatabase(cache: SeedCache, options: SeedOptions): Promise<Database> {
  const inputs = { seed: options.seed ?? 1, scale: options.scale ?? "demo", today: options.today ?? "" };
  const key = inputs.scale === "demo" && inputs.today ? await cacheKey(inputs) : null;
  const file = key ? path.resolve(cache.dir, `seed-${key}.tar`) : null;
  if (file) {
    const tarball = await readFile(file).catch(() => null);
    if (tarball) {
      const db = await PGlite.create({ loadDataDir: new Blob([tarball]) });
      // The tarball was written by another process, possibly on another port.
      await db.query("UPDATE mingle_set SET rest_url = $1", [options.restUrl]);
      return db;
    }
  }
  const db = await PGlite.create();
  await seedDatabase(db, options);
  if (file)
    await writeCache(db, file).catch((err: unknown) => console.warn(`sandbox seed cache not written: ${String(err)}`));
  return db;
}

/**
 * Atomic (temp file + rename). Keeps the few newest tarballs (a test run may use two business
 * dates, e.g. the spawned sandbox and an in-process one) and removes the rest.
 */
async function writeCache(db: Database, file: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tarball = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, tarball);
  await rename(temp, file);
  const tarballs = (await readdir(dir))
    .filter((n) => n.startsWith("seed-") && n.endsWith(".tar"))
    .map((n) => path.join(dir, n));
  const dated = await Promise.all(tarballs.map(async (f) => ({ f, at: (await stat(f)).mtimeMs })));
  for (const { f } of dated.sort((a, b) => b.at - a.at).slice(KEEP)) await rm(f, { force: true });
}
