import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedStore, type EmbeddedClient } from "@/server/store/embedded";

// The embedded store (PGlite) answers from a worker thread (scripts/store-worker.mjs) behind the
// client surface drizzle uses: its results, PostgreSQL's errors and transactions must be PGlite's own.
describe("the embedded store in its worker thread", () => {
  let store: EmbeddedClient;
  let exits = 0;

  beforeAll(async () => {
    store = await openEmbeddedStore({ dataDir: null, startParams: [], onExit: () => exits++ });
    await store.query("create table t (id int primary key, name text not null, at timestamptz, doc jsonb)");
  }, 60_000);

  afterAll(() => expect(exits).toBe(0));

  it("answers rows as objects or arrays, with parameters, JSON parsed and the types the caller parses kept as text", async () => {
    await store.query("insert into t values ($1, $2, $3, $4)", [1, "Ana", "2026-12-02T10:00:00Z", { a: [1, 2] }]);
    const objects = await store.query("select id, name, doc from t where id = $1", [1]);
    expect(objects.rows).toEqual([{ id: 1, name: "Ana", doc: { a: [1, 2] } }]);
    expect(objects.fields.map((f) => f.name)).toEqual(["id", "name", "doc"]);
    const keep = (value: unknown) => value;
    const arrays = await store.query("select id, at from t", [], { rowMode: "array", parsers: { 1184: keep } });
    expect(arrays.rows).toEqual([[1, "2026-12-02 10:00:00+00"]]);
    expect((await store.query("select at from t")).rows).toEqual([{ at: new Date("2026-12-02T10:00:00Z") }]);
  });

  it("reports PostgreSQL's error with its code, and goes on answering", async () => {
    const error = await store.query("insert into t (id, name) values (1, 'again')").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "23505", constraint: "t_pkey" });
    expect(String((error as Error).message)).toMatch(/duplicate key/);
    expect((await store.query("select count(*)::int as n from t")).rows).toEqual([{ n: 1 }]);
  });

  it("a transaction keeps every other statement out until it ends, and an error rolls it back", async () => {
    let inside!: () => void;
    const paused = new Promise<void>((resolve) => (inside = resolve));
    let go!: () => void;
    const resume = new Promise<void>((resolve) => (go = resolve));
    const tx = store.transaction(async (t) => {
      await t.query("insert into t (id, name) values (2, 'Bruno')");
      inside();
      await resume;
      await t.query("insert into t (id, name) values (3, 'Carla')");
      throw new Error("the caller gives up");
    });
    await paused;
    // Sent while the transaction is open: answered after its end, never inside it.
    const outside = store.query("insert into t (id, name) values (4, 'Dani') returning id");
    go();
    await expect(tx).rejects.toThrow("the caller gives up");
    await outside;
    const names = await store.query("select name from t order by id");
    expect(names.rows).toEqual([{ name: "Ana" }, { name: "Dani" }]);

    expect(
      await store.transaction(
        async (t) => (await t.query("insert into t (id, name) values (5, 'Eva') returning id")).rows,
      ),
    ).toEqual([{ id: 5 }]);
    expect((await store.query("select count(*)::int as n from t")).rows).toEqual([{ n: 3 }]);
  });
});
