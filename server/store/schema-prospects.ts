import "server-only";
import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// The synced prospects of "Meus prospects" (issue 18); schema.ts re-exports them (one drizzle schema).

/**
 * Synced prospects (SUS) with the columns "Meus prospects" searches, filters and sorts on. `status`
 * is the portal's word for US_STATUS (lib/types/prospect.ts); `customer_code` names the customer a
 * converted one became.
 */
export const prospects = pgTable(
  "prospects",
  {
    scope: text("scope").notNull(),
    /** US_FILIAL + US_COD + US_LOJA. */
    id: text("id").notNull(),
    code: text("code").notNull(),
    store: text("store").notNull(),
    name: text("name").notNull(),
    tradeName: text("trade_name").notNull(),
    document: text("document").notNull(),
    city: text("city").notNull(),
    uf: text("uf").notNull(),
    status: text("status").notNull(),
    customerCode: text("customer_code"),
    customerStore: text("customer_store"),
    seller: text("seller").notNull(),
    inclusionDate: text("inclusion_date"),
    /** Lower-case, accent-free name + trade name + code/store + document + city: what search matches. */
    search: text("search").notNull(),
    data: jsonb("data").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.id] }),
    index("prospects_scope_name").on(t.scope, t.name),
    index("prospects_scope_code").on(t.scope, t.code, t.store),
    index("prospects_search_trgm").using("gin", sql`${t.search} gin_trgm_ops`),
  ],
);
