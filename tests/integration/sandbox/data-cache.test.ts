import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "@/sandbox/app";

/**
 * The seed cache of in-memory sandboxes (sandbox/seed/cache.ts): the second start loads the
 * tarball the first one wrote, holds the same data, and — its unlogged snapshot being empty after
 * the load — takes a new snapshot, so reset still restores.
 */
describe("seed cache", () => {
  const opened: Sandbox[] = [];
  let dir = "";
  afterAll(async () => {
    for (const s of opened) await s.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("loads the cached seed with the same data and a working reset", { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), "sbx-cache-"));
    const settings = { dataDir: "memory", adminKey: "k", today: "20261115", seedCache: dir, port: 1 };
    const first = await createSandbox({ settings });
    opened.push(first);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tar"))).toHaveLength(1);

    const second = await createSandbox({ settings: { ...settings, port: 2 } });
    opened.push(second);
    const sql = "SELECT A1_COD, A1_LOJA, A1_CGC, A1_SALDUP FROM SA1010 ORDER BY R_E_C_N_O_";
    expect((await second.db.query(sql)).rows).toEqual((await first.db.query(sql)).rows);
    // The tarball came from a sandbox on another port: the Mingle sets point at this one.
    const { rows } = await second.db.query<{ url: string }>("SELECT DISTINCT rest_url AS url FROM mingle_set");
    expect(rows).toEqual([{ url: "http://127.0.0.1:2/rest" }]);

    await second.db.query("UPDATE SA1010 SET A1_NOME = 'ALTERADO' WHERE A1_FILIAL = '01' AND A1_COD = '000001'");
    await second.reset();
    const { rows: restored } = await second.db.query<{ name: string }>(
      "SELECT A1_NOME AS name FROM SA1010 WHERE A1_FILIAL = '01' AND A1_COD = '000001'",
    );
    expect(restored[0]!.name).not.toBe("ALTERADO");
  });
});
