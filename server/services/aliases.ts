import "server-only";
import { eq, sql } from "drizzle-orm";
import { env } from "@/server/env";
import { getDb } from "@/server/store/db";
import { erpAliases, type TenantRow } from "@/server/store/schema";

type AliasEntry = { alias: string; restUrl: string; tenants: TenantRow[] };

let seeded: Promise<void> | undefined;

/** Direct-mode registry: seeded (upserted) from ERP_ALIASES once per process, then read from the store. */
function seedFromConfig() {
  seeded ??= (async () => {
    const db = await getDb();
    for (const [alias, entry] of Object.entries(env().ERP_ALIASES)) {
      const row = { alias: alias.toLowerCase(), restUrl: entry.restUrl, tenants: entry.tenants };
      await db
        .insert(erpAliases)
        .values(row)
        .onConflictDoUpdate({
          target: erpAliases.alias,
          set: { restUrl: row.restUrl, tenants: row.tenants, updatedAt: sql`now()` },
        });
    }
  })().catch((error: unknown) => {
    seeded = undefined;
    throw error;
  });
  return seeded;
}

export async function findAlias(alias: string): Promise<AliasEntry | null> {
  await seedFromConfig();
  const db = await getDb();
  const [row] = await db.select().from(erpAliases).where(eq(erpAliases.alias, alias.toLowerCase())).limit(1);
  return row ? { alias: row.alias, restUrl: row.restUrl, tenants: row.tenants } : null;
}
