/**
 * The Protheus endpoints the portal calls whose path is not fixed by TOTVS (ERP-CONTRACT.md
 * "[defined here]") or that a customer may not have (the optional ones), each with its default and
 * who provides it. A customer's ERP may serve any of them elsewhere: the alias' map in ERP_ALIASES
 * (`"endpoints": { "stock": "api/custom/v1/stock/{code}" }`) overrides the default, and every
 * resource module builds its URL through `endpointPath` (server/erp/protheus/endpoints.ts), never
 * from a literal. Pure data: server/env.ts validates the maps against it without importing server/erp.
 *
 * `source`: "totvs" a standard TOTVS API; "pgv" part of the TOTVS PGV package (`api/tgv`, public
 * field lists, [seen] in ERP-CONTRACT.md); "customer" defined by this project ([defined here]), to be
 * provided by the customer's Protheus team (the sandbox serves every one). A path the PGV reads but
 * whose writes are defined here has two keys (`customers` and `customerWrites`): a customer may serve
 * the writes elsewhere. `optional`: the portal works without it — the capability probe
 * (server/services/capabilities.ts) hides the feature with its reason instead of failing.
 */
export type EndpointSource = "totvs" | "pgv" | "customer";

/**
 * How the capability probe asks an optional endpoint whether it exists, cheaply and without writing:
 * `list` a GET of one row (`pageSize=1`); `period` a GET of a one-day period; `stock` a GET of one
 * product's stock; `calculation` an empty POST (a simulation: 400/422 mean present); `{ sameAs }` a
 * write path that comes with its queue (no harmless request exists: the queue answers for it).
 */
export type EndpointProbe = "list" | "period" | "stock" | "calculation" | { sameAs: string };

type EndpointSpec = {
  /** Relative to the REST root; `{name}` placeholders are filled (URL-encoded) by `endpointPath`. */
  path: string;
  source: EndpointSource;
  optional: boolean;
  /** Optional endpoints only. */
  probe?: EndpointProbe;
  /** What the portal uses it for, in the README's words. */
  feature: string;
};

export const ENDPOINTS = {
  version: {
    path: "api/tgv/version",
    source: "customer",
    optional: false,
    feature: "PGV package version check at login",
  },
  privileges: {
    path: "api/tgv/privileges",
    source: "customer",
    optional: true,
    probe: "list",
    feature: "menu and action privileges (without it: every menu of the user's role)",
  },
  stock: {
    path: "api/tgv/products/{code}/stock",
    source: "customer",
    optional: true,
    probe: "stock",
    feature: "online stock in the order form",
  },
  priceListItems: {
    path: "api/tgv/priceList/{code}/items",
    source: "customer",
    optional: false,
    feature: "price-list items (sync)",
  },
  carriers: { path: "api/tgv/carriers", source: "customer", optional: false, feature: "carriers (sync)" },
  operationTypes: {
    path: "api/tgv/operationtypes",
    source: "customer",
    optional: false,
    feature: "operation types (sync)",
  },
  notifications: { path: "api/tgv/notifications", source: "pgv", optional: false, feature: "notifications (sync)" },
  notificationRead: {
    path: "api/tgv/notifications/{id}",
    source: "customer",
    optional: false,
    feature: "marking a notification read (PUT)",
  },
  salesOrders: {
    path: "api/tgv/salesorders",
    source: "pgv",
    optional: false,
    feature: "orders (sync, one order read online)",
  },
  salesOrderWrites: {
    path: "api/tgv/salesorders",
    source: "customer",
    optional: false,
    feature: "order POST, PUT and DELETE (answered 202 with a queue item)",
  },
  salesOrdersQueue: {
    path: "api/tgv/salesordersqueue",
    source: "customer",
    optional: false,
    feature: "order queue follow-up",
  },
  indicatorCards: {
    path: "api/tgv/salesindicators/cards",
    source: "customer",
    optional: true,
    probe: "period",
    feature: "home indicators (cards)",
  },
  indicatorCharts: {
    path: "api/tgv/salesindicators/charts",
    source: "customer",
    optional: true,
    probe: "period",
    feature: "home indicators (charts)",
  },
  quotations: {
    path: "api/tgv/quotations",
    source: "customer",
    optional: true,
    probe: "list",
    feature: "quotations (sync, read, writes, conversion)",
  },
  quotationsQueue: {
    path: "api/tgv/quotationsqueue",
    source: "customer",
    optional: true,
    probe: "list",
    feature: "quotation queue follow-up",
  },
  customers: {
    path: "api/tgv/customers",
    source: "pgv",
    optional: false,
    feature: "customers (sync, one customer read online)",
  },
  customerWrites: {
    path: "api/tgv/customers",
    source: "customer",
    optional: true,
    probe: { sameAs: "customersQueue" },
    feature: "customer registration: POST, PUT, DELETE",
  },
  customersQueue: {
    path: "api/tgv/customersqueue",
    source: "customer",
    optional: true,
    probe: "list",
    feature: "customer registration queue",
  },
  prospects: {
    path: "api/tgv/prospects",
    source: "customer",
    optional: true,
    probe: "list",
    feature: "prospects (sync, read, writes, conversion)",
  },
  prospectsQueue: {
    path: "api/tgv/prospectsqueue",
    source: "customer",
    optional: true,
    probe: "list",
    feature: "prospect registration queue",
  },
  contacts: { path: "api/tgv/contacts", source: "pgv", optional: false, feature: "contacts (sync)" },
  contactWrites: {
    path: "api/tgv/contacts",
    source: "customer",
    optional: true,
    probe: { sameAs: "contactsQueue" },
    feature: "contact registration: POST, PUT, DELETE",
  },
  contactsQueue: {
    path: "api/tgv/contactsqueue",
    source: "customer",
    optional: true,
    probe: "list",
    feature: "contact registration queue",
  },
  salesTaxes: {
    path: "api/fat/v1/SalesTaxes",
    source: "totvs",
    optional: true,
    probe: "calculation",
    feature: "taxes of an order or quotation (Planilha financeira); `/{SalesOrderId}` a saved order's",
  },
} as const satisfies Record<string, EndpointSpec>;

export type EndpointKey = keyof typeof ENDPOINTS;
export const ENDPOINT_KEYS = Object.keys(ENDPOINTS) as [EndpointKey, ...EndpointKey[]];

export type OptionalEndpointKey = {
  [K in EndpointKey]: (typeof ENDPOINTS)[K]["optional"] extends true ? K : never;
}[EndpointKey];
export const OPTIONAL_ENDPOINT_KEYS = ENDPOINT_KEYS.filter((k) => ENDPOINTS[k].optional) as OptionalEndpointKey[];

/** An alias' overrides (ERP_ALIASES `endpoints`), already validated by server/env.ts. */
export type EndpointMap = Partial<Record<EndpointKey, string>>;

/**
 * Whether an override looks like a path under the REST root: segments of letters, digits, `_ . -`
 * and whole `{name}` placeholders, no `.`/`..` segment (nothing may climb out of the REST root).
 */
export function isEndpointTemplate(template: string): boolean {
  const segments = template.replace(/^\/+|\/+$/g, "").split("/");
  return segments.every((s) => /^(?:[A-Za-z0-9_.-]|\{[a-zA-Z]+\})+$/.test(s) && s !== "." && s !== "..");
}

/** The `{name}` placeholders of a path template, sorted. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!).sort();
}

/** Whether an override keeps the default's placeholders (a stock path without `{code}` could not name the product). */
export function overrideFits(key: EndpointKey, template: string): boolean {
  return placeholders(template).join() === placeholders(ENDPOINTS[key].path).join();
}
