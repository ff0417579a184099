import type { Database } from "../db";

/**
 * Fast reset: right after seeding, every table of the `public` schema is copied once into the
 * `snap` schema; `POST /__admin/reset` repairs only the tables that changed since (see
 * `restoreSnapshot`). A Protheus table is unchanged when its row count, highest R_E_C_N_O_ and newest S_T_A_M_P_ all match the
 * snapshot: an INSERT raises R_E_C_N_O_ (serial), any UPDATE — soft deletes included — moves
 * S_T_A_M_P_ past the snapshot (trigger, clock_timestamp()), a DELETE or TRUNCATE lowers the count.
 * The sandbox's own small tables (tokens, Mingle, meta) are always restored; every R_E_C_N_O_
 * sequence goes back to max + 1.
 * Tables created after the snapshot are not touched.
 */
type Fingerprint = { name: string; rows: number; recno: number | null; stamp: string | null };

const SNAP = "snap";

async function publicTables(db: Database): Promise<{ name: string; protheus: boolean }[]> {
  const { rows } = await db.query<{ name: string; protheus: boolean }>(`
    SELECT t.tablename AS name,
           EXISTS (SELECT 1 FROM information_schema.columns c
                    WHERE c.table_schema = 'public' AND c.table_name = t.tablename AND c.column_name = 's_t_a_m_p_') AS protheus
      FROM pg_tables t WHERE t.schemaname = 'public' ORDER BY t.tablename`);
  return rows;
}

function fingerprintSql(tables: readonly string[], schema: string): string {
  return tables
    .map(
      (t) =>
        `SELECT '${t}' AS name, count(*)::int AS rows, max(r_e_c_n_o_) AS recno, max(s_t_a_m_p_)::text AS stamp FROM ${schema}.${t}`,
    )
    .join(" UNION ALL ");
}

/** A usable snapshot: its tables exist and were not emptied by crash recovery (unlogged). */
export async function hasSnapshot(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>(
    `SELECT to_regclass('${SNAP}.fingerprints') IS NOT NULL AS found`,
  );
  if (rows[0]?.found !== true) return false;
  const { rows: count } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SNAP}.fingerprints`);
  return (count[0]?.n ?? 0) > 0;
}

export async function takeSnapshot(db: Database): Promise<void> {
  const tables = await publicTables(db);
  // Next R_E_C_N_O_ = max + 1 everywhere: a database loaded from a tarball (seed/cache.ts) went
  // through crash recovery, which moves sequences up to 32 values ahead (PostgreSQL pre-logs them).
  await db.exec(
    tables
      .filter((t) => t.protheus)
      .map(
        (t) =>
          `SELECT setval(pg_get_serial_sequence('public.${t.name}', 'r_e_c_n_o_'), COALESCE((SELECT max(r_e_c_n_o_) FROM public.${t.name}), 0) + 1, false);`,
      )
      .join("\n"),
  );
  // UNLOGGED: no WAL for the copy (3–4× faster). After a crash PostgreSQL empties unlogged tables;
  // `hasSnapshot` then reports none and the start-up takes a new one.
  const copies = tables.map((t) => `CREATE UNLOGGED TABLE ${SNAP}.${t.name} AS TABLE public.${t.name};`).join("\n");
  await db.exec(`
    DROP SCHEMA IF EXISTS ${SNAP} CASCADE;
    CREATE SCHEMA ${SNAP};
    ${copies}
  `);
  const protheus = tables.filter((t) => t.protheus).map((t) => t.name);
  await db.exec(`CREATE UNLOGGED TABLE ${SNAP}.fingerprints AS ${fingerprintSql(protheus, SNAP)}`);
}

/**
 * Restores the snapshot; returns the tables that had changed. A changed Protheus table is repaired
 * row by row: rows stamped or numbered after the snapshot go, rows missing by R_E_C_N_O_ come back
 * from the copy. Tests change a handful of rows, so this costs milliseconds where a full copy of the
 * table costs hundreds. If the table still differs afterwards (rows inserted with an explicit old
 * stamp and number…), it is copied back whole.
 */
export async function restoreSnapshot(db: Database): Promise<string[]> {
  const { rows: saved } = await db.query<Fingerprint>(`SELECT name, rows, recno, stamp FROM ${SNAP}.fingerprints`);
  const snapshot = new Map(saved.map((f) => [f.name, f]));
  const changed = await changedTables(db, snapshot);
  const { rows: small } = await db.query<{ name: string }>(
    `SELECT s.tablename AS name FROM pg_tables s JOIN pg_tables p ON p.schemaname = 'public' AND p.tablename = s.tablename
      WHERE s.schemaname = '${SNAP}' ORDER BY s.tablename`,
  );
  const plain = small.map((t) => t.name).filter((n) => !snapshot.has(n));
  const repairs = changed.map((name) => {
    const f = snapshot.get(name)!;
    const newer = [
      f.stamp === null ? "true" : `s_t_a_m_p_ > '${f.stamp}'::timestamptz`,
      f.recno === null ? "" : `r_e_c_n_o_ > ${f.recno}`,
    ]
      .filter(Boolean)
      .join(" OR ");
    return `DELETE FROM public.${name} WHERE ${newer};
      INSERT INTO public.${name} SELECT * FROM ${SNAP}.${name} s WHERE NOT EXISTS (SELECT 1 FROM public.${name} p WHERE p.r_e_c_n_o_ = s.r_e_c_n_o_);`;
  });
  // The sandbox's own tables are tiny: always copied back whole, deletes in reverse order of the
  // inserts so mingle_set (→ mingle_client) goes before the client it references.
  const copies = [...plain]
    .reverse()
    .map((n) => `DELETE FROM public.${n};`)
    .concat(plain.map((n) => `INSERT INTO public.${n} SELECT * FROM ${SNAP}.${n};`));
  // Every R_E_C_N_O_ sequence back to max + 1 of the snapshot (failed inserts consume values too).
  const setvals = saved.map(
    (f) => `SELECT setval(pg_get_serial_sequence('public.${f.name}', 'r_e_c_n_o_'), ${(f.recno ?? 0) + 1}, false);`,
  );
  await db.exec(`BEGIN;\n${repairs.join("\n")}\n${copies.join("\n")}\n${setvals.join("\n")}\nCOMMIT;`);

  const stubborn = await changedTables(db, new Map(changed.map((n) => [n, snapshot.get(n)!])));
  if (stubborn.length > 0) {
    await db.exec(`BEGIN;
      TRUNCATE ${stubborn.map((n) => `public.${n}`).join(", ")};
      ${stubborn.map((n) => `INSERT INTO public.${n} SELECT * FROM ${SNAP}.${n};`).join("\n")}
      COMMIT;`);
  }
  return changed;
}

async function changedTables(db: Database, snapshot: ReadonlyMap<string, Fingerprint>): Promise<string[]> {
  if (snapshot.size === 0) return [];
  const { rows: current } = await db.query<Fingerprint>(fingerprintSql([...snapshot.keys()], "public"));
  return current
    .filter((c) => {
      const s = snapshot.get(c.name);
      return !s || s.rows !== c.rows || s.recno !== c.recno || s.stamp !== c.stamp;
    })
    .map((c) => c.name)
    .sort();
}
