import "server-only";
import { boolean, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export type TenantRow = { company: string; branch: string };
export type BranchRow = { code: string; name: string; sellerCode: string | null };

/** Direct-mode alias registry: alias → Protheus REST URL and the company/branch pairs it may use. */
export const erpAliases = pgTable("erp_aliases", {
  alias: text("alias").primaryKey(),
  restUrl: text("rest_url").notNull(),
  tenants: jsonb("tenants").$type<TenantRow[]>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Server-side session: the cookie carries only `id` (inside next-auth's encrypted JWT).
 * ERP tokens live here encrypted (AES-256-GCM, key derived from AUTH_SECRET).
 */
export const sessions = pgTable("sessions", {
  id: text("id").primaryKey(),
  login: text("login").notNull(),
  userName: text("user_name").notNull(),
  alias: text("alias").notNull(),
  mode: text("mode", { enum: ["direct", "mingle"] }).notNull(),
  baseUrl: text("base_url").notNull(),
  company: text("company").notNull(),
  companyName: text("company_name").notNull(),
  branch: text("branch").notNull(),
  sellerCode: text("seller_code"),
  sellerName: text("seller_name"),
  isAdmin: boolean("is_admin").notNull().default(false),
  branches: jsonb("branches").$type<BranchRow[]>().notNull(),
  tokens: text("tokens").notNull(),
  tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/** Failed-login counters per account (`acct:alias:user`) and per client address (`ip:…`). */
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});
