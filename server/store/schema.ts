import "server-only";
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { BranchIssuer } from "@/server/erp/protheus/environment";
import type { Privileges } from "@/lib/privileges";
import type { EndpointKey } from "@/lib/erp/endpoints";

export type TenantRow = { company: string; branch: string };
export type BranchRow = {
  code: string;
  name: string;
  sellerCode: string | null;
  /** Printed on the order sheet; absent in sessions opened before it was kept. */
  issuer?: BranchIssuer;
};

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
  /** Menu and action privileges (lib/privileges.ts, server/auth/privileges.ts); null: no restriction. */
  privileges: jsonb("privileges").$type<Privileges>(),
  privilegesCheckedAt: timestamp("privileges_checked_at", { withTimezone: true }).notNull().defaultNow(),
  /** Optional endpoints the login's capability probe found missing (server/services/capabilities.ts). */
  missingEndpoints: jsonb("missing_endpoints").$type<EndpointKey[]>().notNull().default([]),
});

/** Failed-login counters per account (`acct:alias:user`) and per client address (`ip:…`). */
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

/**
 * Sync watermark and progress per (alias, company, branch, seller, entity): `key` is
 * `scope|entity`, scope being `alias|company|branch|seller` (`*` for an administrator).
 * `resumePage` / `pendingWatermark` let an interrupted initial load continue where it stopped.
 */
export const syncState = pgTable("sync_state", {
  key: text("key").primaryKey(),
  scope: text("scope").notNull(),
  entity: text("entity").notNull(),
  watermark: text("watermark"),
  pendingWatermark: text("pending_watermark"),
  resumePage: integer("resume_page").notNull().default(1),
  pagesDone: integer("pages_done").notNull().default(0),
  pagesTotal: integer("pages_total").notNull().default(0),
  rows: integer("rows").notNull().default(0),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastError: text("last_error"),
});

/** Synced ERP records (reshaped DTOs) of every entity but customers, per scope. */
export const syncedRecords = pgTable(
  "synced_records",
  {
    scope: text("scope").notNull(),
    entity: text("entity").notNull(),
    id: text("id").notNull(),
    data: jsonb("data").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.entity, t.id] }),
    // The customer page: a customer's financial status, contacts (by CPF/CNPJ) and their phones.
    index("synced_financial_customer")
      .on(t.scope, sql`(${t.data}->>'code')`, sql`(${t.data}->>'store')`)
      .where(sql`${t.entity} = 'financialstatus'`),
    index("synced_contacts_document")
      .on(t.scope, sql`(${t.data}->>'customerDocument')`)
      .where(sql`${t.entity} = 'contacts'`),
    index("synced_phones_contact")
      .on(t.scope, sql`(${t.data}->>'contactId')`)
      .where(sql`${t.entity} = 'phonecontacts'`),
  ],
);

/** Synced customers with the columns the list searches, filters and sorts on. */
export const customers = pgTable(
  "customers",
  {
    scope: text("scope").notNull(),
    id: text("id").notNull(),
    code: text("code").notNull(),
    store: text("store").notNull(),
    name: text("name").notNull(),
    tradeName: text("trade_name").notNull(),
    document: text("document").notNull(),
    risk: text("risk"),
    blocked: boolean("blocked").notNull(),
    creditLimit: bigint("credit_limit", { mode: "number" }).notNull(),
    availableCredit: bigint("available_credit", { mode: "number" }).notNull(),
    lastPurchase: text("last_purchase"),
    seller: text("seller").notNull(),
    /**
     * The address's city and state, kept beside the document for the list: reading them out of `data`
     * made PostgreSQL take every row's whole JSON document out of storage (issue 20: ~20 % of a list query).
     */
    city: text("city").notNull().default(""),
    uf: text("uf").notNull().default(""),
    /** Overdue balance from the synced financial status, kept here so the list filters and shows it cheaply. */
    overdue: bigint("overdue", { mode: "number" }).notNull().default(0),
    /** Lower-case, accent-free name + trade name + code/store + document: what search matches. */
    search: text("search").notNull(),
    data: jsonb("data").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.id] }),
    index("customers_scope_name").on(t.scope, t.name),
    index("customers_scope_code").on(t.scope, t.code, t.store),
    // Type-ahead `search like '%…%'` without reading every customer (needs the pg_trgm extension).
    index("customers_search_trgm").using("gin", sql`${t.search} gin_trgm_ops`),
  ],
);

/** Synced sales orders (the last 12 months) with the columns "My orders" searches, filters and sorts on. */
export const orders = pgTable(
  "orders",
  {
    scope: text("scope").notNull(),
    /** C5_FILIAL + C5_NUM. */
    id: text("id").notNull(),
    number: text("number").notNull(),
    customer: text("customer").notNull(),
    store: text("store").notNull(),
    issueDate: text("issue_date"),
    status: text("status").notNull(),
    total: bigint("total", { mode: "number" }).notNull(),
    externalId: text("external_id").notNull(),
    data: jsonb("data").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.id] }),
    index("orders_scope_issue").on(t.scope, t.issueDate, t.number),
    index("orders_scope_customer").on(t.scope, t.customer, t.store),
    index("orders_scope_number").on(t.scope, t.number),
  ],
);

/**
 * Synced quotations (SCJ/SCK) with the columns "Meus orçamentos" searches, filters and sorts on.
 * `status` is the ERP's at sync time: an open one past `validity` reads as expired (the list derives it).
 */
export const quotations = pgTable(
  "quotations",
  {
    scope: text("scope").notNull(),
    /** CJ_FILIAL + CJ_NUM. */
    id: text("id").notNull(),
    number: text("number").notNull(),
    customer: text("customer").notNull(),
    store: text("store").notNull(),
    issueDate: text("issue_date"),
    validity: text("validity"),
    status: text("status").notNull(),
    total: bigint("total", { mode: "number" }).notNull(),
    externalId: text("external_id").notNull(),
    /** The order it became (C5_NUM), "" until converted. */
    orderNumber: text("order_number").notNull(),
    /** The prospect (CJ_PROSPE/CJ_LOJPRO) of a prospect's quotation; null for a customer's. */
    prospect: text("prospect"),
    prospectStore: text("prospect_store"),
    data: jsonb("data").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.id] }),
    index("quotations_scope_issue").on(t.scope, t.issueDate, t.number),
    index("quotations_scope_customer").on(t.scope, t.customer, t.store),
    index("quotations_scope_number").on(t.scope, t.number),
    index("quotations_scope_prospect").on(t.scope, t.prospect, t.prospectStore),
  ],
);

/**
 * Orders and quotations being typed, per seller scope: saved as the rep types so a closed tab, a lost connection
 * or an ERP outage loses nothing. `key` is the idempotency key the submit sends as `externalid`;
 * `state` guards the submit (one claim at a time) and `queueId` is the ERP's answer once sent.
 * An edit draft names the order (`orderId`) and the stamp it was read with.
 */
export const orderDrafts = pgTable(
  "order_drafts",
  {
    id: text("id").primaryKey(),
    scope: text("scope").notNull(),
    login: text("login").notNull(),
    /**
     * What the draft becomes: a sales order (SC5), a quotation (SCJ), a customer (SA1), a prospect
     * (SUS) or a contact (SU5); `orderId` is then that record's id.
     */
    document: text("document", { enum: ["order", "quotation", "customer", "prospect", "contact"] })
      .notNull()
      .default("order"),
    kind: text("kind", { enum: ["new", "edit"] }).notNull(),
    orderId: text("order_id"),
    stamp: text("stamp"),
    key: text("key").notNull(),
    data: jsonb("data").notNull(),
    customerName: text("customer_name").notNull().default(""),
    lines: integer("lines").notNull().default(0),
    total: bigint("total", { mode: "number" }).notNull().default(0),
    /** `done`: a new order's draft the ERP made into an order (`orderId`), kept so its URL says so; never listed. */
    state: text("state", { enum: ["editing", "submitting", "submitted", "done"] })
      .notNull()
      .default("editing"),
    queueId: text("queue_id"),
    /**
     * The hash of the first payload sent under this draft's key that may have reached the ERP
     * (null until a send, and again once the ERP refused it): a duplicate answer to a different
     * payload means the ERP holds the first content, not this one.
     */
    sentHash: text("sent_hash"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("order_drafts_scope_updated").on(t.scope, t.updatedAt),
    index("order_drafts_scope_order").on(t.scope, t.orderId),
  ],
);

/**
 * Refused queue operations the rep dismissed from "Em andamento no ERP" (issue 16 item 4): the
 * ERP's queue keeps them, the portal stops showing them to this scope.
 */
export const dismissedQueueItems = pgTable(
  "dismissed_queue_items",
  {
    scope: text("scope").notNull(),
    queueId: text("queue_id").notNull(),
    login: text("login").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.queueId] })],
);

/**
 * The home's indicators per (viewer scope, period): read online, kept a few minutes so a reload
 * does not ask the ERP again, and served with their time when the ERP is down.
 */
export const indicatorCache = pgTable(
  "indicator_cache",
  {
    key: text("key").primaryKey(),
    scope: text("scope").notNull(),
    data: jsonb("data").notNull(),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("indicator_cache_scope").on(t.scope)],
);

export * from "./schema-sge";
export * from "./schema-privacy";
export * from "./schema-prospects";
