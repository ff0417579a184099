import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { registerCatalogRoutes } from "./catalog";
import { registerContactRoutes } from "./contacts";
import { registerCustomerRoutes } from "./customers";
import { registerFinancialSecuritiesRoutes } from "./financial-securities";
import { registerFinancialStatusRoutes } from "./financial-status";
import { registerNotificationRoutes } from "./notifications";
import { registerPriceListRoutes } from "./price-lists";
import { registerProductRoutes } from "./products";
import { registerProspectRoutes } from "./prospects";

/**
 * Mounts every read entity of the PGV API except sales orders, the order queue and the indicators
 * (sandbox/protheus/orders-routes.ts, indicators-routes.ts). Runs after `requireTenant`.
 * Order matters inside each entity (diff routes before `{code}/{store}`); between entities the
 * only overlap is `customers/{code}/{store}/financialsecurities`, four segments, no clash.
 */
export function registerTgvEntities(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCustomerRoutes(rest, state);
  registerFinancialStatusRoutes(rest, state);
  registerFinancialSecuritiesRoutes(rest, state);
  registerContactRoutes(rest, state);
  registerCatalogRoutes(rest, state);
  registerPriceListRoutes(rest, state);
  registerProductRoutes(rest, state);
  registerNotificationRoutes(rest, state);
  registerProspectRoutes(rest, state);
}
