import "server-only";
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// The LGPD tables of the portal's store; schema.ts re-exports them (one drizzle schema).

/**
 * Who saw a natural person's personal data (CPF, personal e-mail, phones), when, which record and
 * from which screen (issue 18, PGV's "sensitive-data access log"): one row per view, written by
 * server/services/personal-data-log.ts. Never the personal values themselves — only which kinds
 * of them were shown (`fields`) and the name the record is known by. `at` is the business clock's
 * instant (server/clock.ts), so a pinned date holds here too.
 */
export const personalDataAccess = pgTable(
  "personal_data_access",
  {
    id: text("id").primaryKey(),
    alias: text("alias").notNull(),
    company: text("company").notNull(),
    branch: text("branch").notNull(),
    login: text("login").notNull(),
    userName: text("user_name").notNull(),
    sellerCode: text("seller_code"),
    entity: text("entity", { enum: ["customer", "prospect", "contact"] }).notNull(),
    /** `code/store` of a customer or prospect; the contacts' codes (SU5), comma-separated, for a list of contacts. */
    recordKey: text("record_key").notNull(),
    subjectName: text("subject_name").notNull(),
    /** Lower-case, accent-free name and record key (lib/search-text.ts): what the administrator's search matches. */
    search: text("search").notNull(),
    fields: jsonb("fields").$type<string[]>().notNull(),
    /** The route that showed it, e.g. `customer-page`. */
    screen: text("screen").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    // The administrator's list (newest first) and its record search; the 60 s repeat check.
    index("personal_data_access_alias_at").on(t.alias, t.at.desc()),
    index("personal_data_access_alias_record").on(t.alias, t.recordKey, t.at),
  ],
);
