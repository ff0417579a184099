/**
 * Creates and seeds the SGE tables (sandbox/docs/sge.md). Called from the sandbox seed before the
 * reset snapshot, and at start-up for a data dir seeded before the SGE existed.
 */
import type { Database } from "../db";
import { isoOfProtheus } from "../orders/dates";
import { createSgeSchema } from "./schema";
import { seedFinance } from "./seed-finance";
import { seedPeople } from "./seed-people";
import { seedReference } from "./seed-reference";

/** `today`: the business date, Protheus format `YYYYMMDD` (class and due dates are relative to it). */
export async function seedSge(db: Database, today: string): Promise<void> {
  await createSgeSchema(db);
  const iso = isoOfProtheus(today);
  await db.transaction(async (tx) => {
    await seedReference(tx, iso);
    await seedPeople(tx);
    await seedFinance(tx, iso);
  });
}

export { hasSgeSchema } from "./schema";
