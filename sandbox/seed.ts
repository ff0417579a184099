import { protheusDateOf, type SeedScale } from "./config";
import { createCompanyIndexes, createSchema, companyTable, type Database } from "./db";
import { hashPassword, seedSalt } from "./protheus/users";
import { branches, companyGroups, demoSellers, demoUsers, mingleClients, mingleSets } from "./seed/fixed";
import { seedPrivileges } from "./seed/privileges";
import { seedSalesData } from "./seed/sales-data";
import { seedSge } from "./sge/seed";
import { takeSnapshot } from "./seed/snapshot";

/**
 * Deterministic data of the sandbox: the fixed demo companies, users, sellers and Mingle sets
 * (seed/fixed.ts, documented in sandbox/README.md), then the generated sales data (seed/*,
 * documented in sandbox/docs/data.md), then the snapshot `POST /__admin/reset` restores.
 */

export { companyGroups, demoUsers, mingleClients, mingleSets } from "./seed/fixed";

export type SeedOptions = {
  restUrl: string;
  seed?: number;
  scale?: SeedScale;
  /** Business date the history is relative to, `YYYYMMDD` (default: today). */
  today?: string;
};

type SeedReport = { ms: number; seed: number; scale: SeedScale; today: string };

/** Creates the schema, inserts all data into it and takes the reset snapshot. */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const scale = options.scale ?? "demo";
  const today = options.today ?? protheusDateOf();
  // scrypt runs on libuv's thread pool: hash while the sales data is generated on the main thread.
  const hashes = Promise.all(demoUsers.map((u) => hashPassword(u.password, seedSalt(u.login))));
  await createSchema(db, companyGroups, { deferIndexes: true });
  await seedSalesData(db, companyGroups, { seed, scale, today });
  await seedFixedData(db, options.restUrl, await hashes);
  // The RM SGE stand-in (sandbox/docs/sge.md): its own tables, seeded before the snapshot.
  await seedSge(db, today);
  await createCompanyIndexes(db, companyGroups);
  await db.query(
    "INSERT INTO sbx_meta (key, value) VALUES ('seed', $1), ('scale', $2), ('today', $3), ('seeded_at', $4)",
    [String(seed), scale, today, new Date().toISOString()],
  );
  // PGlite runs no autovacuum: without statistics the planner assumes 1 row per table and picks
  // nested loops (indicator and list queries went from ~0.1 s to seconds). pg_statistic survives
  // the snapshot restore (no table is dropped) and the seed cache's tarball.
  await db.exec("ANALYZE");
  await takeSnapshot(db);
  return { ms: Math.round(performance.now() - started), seed, scale, today };
}

async function seedFixedData(db: Database, restUrl: string, hashes: readonly string[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [group, branch, groupName, branchName, legalName, cnpj, city, uf, street, district, zip] of branches) {
      await tx.query(
        `INSERT INTO SYS_COMPANY (M0_CODIGO, M0_CODFIL, M0_NOME, M0_FILIAL, M0_NOMECOM, M0_CGC, M0_CIDENT, M0_ESTENT,
                                  M0_ENDENT, M0_BAIRENT, M0_CEPENT)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [group, branch, groupName, branchName, legalName, cnpj, city, uf, street, district, zip],
      );
    }
    for (const [i, u] of demoUsers.entries()) {
      await tx.query(
        `INSERT INTO SYS_USR (USR_ID, USR_CODIGO, USR_PSW, USR_NOME, USR_EMAIL, USR_ADMIN) VALUES ($1, $2, $3, $4, $5, $6)`,
        [u.id, u.login, hashes[i], u.name, u.email, u.admin ? "1" : "2"],
      );
      for (const entry of u.access) {
        const [group, branch] = entry.split("/");
        await tx.query("INSERT INTO SYS_USR_FILIAL (USR_ID, USR_GRPEMP, USR_FILIAL) VALUES ($1, $2, $3)", [
          u.id,
          group,
          branch,
        ]);
      }
    }
    for (const s of demoSellers) {
      const [ddd, phone] = s.phone.split("|");
      await tx.query(
        `INSERT INTO ${companyTable("SA3", s.group)}
           (A3_FILIAL, A3_COD, A3_NOME, A3_NREDUZ, A3_EMAIL, A3_DDDTEL, A3_TEL, A3_CODUSR, D_E_L_E_T_)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [s.branch, s.code, s.name, s.short, s.email, ddd, phone, s.userId, s.deleted ? "*" : " "],
      );
    }
    await seedPrivileges(tx);
    for (const c of mingleClients)
      await tx.query("INSERT INTO mingle_client (client_id, name) VALUES ($1, $2)", [c.id, c.name]);
    for (const s of mingleSets) {
      await tx.query(
        "INSERT INTO mingle_set (set_id, alias, client_id, rest_url, params_values) VALUES ($1, $2, $3, $4, $5)",
        [s.id, s.alias, s.clientId, restUrl, JSON.stringify(s.params)],
      );
    }
  });
}
