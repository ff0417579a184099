import { getDb } from "@/server/store/db";
import { loginAttempts } from "@/server/store/schema";
import { sandboxAdmin } from "../sandbox-admin";

/**
 * A clean slate for each test: sandbox switches/faults/log back to defaults and no login lock
 * left from another test (on PostgreSQL every test file shares one database).
 */
export async function resetWorld() {
  await sandboxAdmin().reset();
  const db = await getDb();
  await db.delete(loginAttempts);
}
