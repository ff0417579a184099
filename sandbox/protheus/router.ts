import { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { rejectMalformedJson } from "../errors";
import { customPaths } from "./custom-paths";
import { registerCompanyRoutes, registerEnvironmentRoutes } from "./framework";
import { authenticate } from "./middleware";
import { registerInvalidateRoute, registerOAuthRoutes } from "./oauth";
import { registerTgvRoutes } from "./tgv";
import { registerOrderRoutes } from "./orders-routes";
import { registerQuotationRoutes } from "./quotations-routes";
import { registerContactWriteRoutes } from "./contacts-routes";
import { registerCustomerWriteRoutes } from "./customers-routes";
import { registerProspectWriteRoutes } from "./prospects-routes";
import { registerIndicatorRoutes } from "./indicators-routes";
import { registerTaxRoutes } from "./taxes-routes";
import { registerPrivilegeRoutes } from "./privileges-routes";

/**
 * Protheus REST 2.0, mounted under `/rest`. Registration order is the access rule: the public
 * routes (token, environment) are registered before the auth middleware, so Hono answers them
 * before it runs; everything registered after it (including unknown paths) needs credentials.
 */
export function protheusRoutes(state: SandboxState): Hono<AppEnv> {
  const rest = new Hono<AppEnv>();
  // A customer's own paths first: answered as the standard ones, through the whole pipeline again.
  rest.use("*", customPaths(state));
  rest.use("*", rejectMalformedJson);
  registerOAuthRoutes(rest, state);
  registerEnvironmentRoutes(rest);

  rest.use("*", authenticate(state));
  registerInvalidateRoute(rest, state);
  registerCompanyRoutes(rest, state);
  registerTgvRoutes(rest, state);
  registerOrderRoutes(rest, state);
  registerQuotationRoutes(rest, state);
  registerContactWriteRoutes(rest, state);
  registerCustomerWriteRoutes(rest, state);
  registerProspectWriteRoutes(rest, state);
  registerIndicatorRoutes(rest, state);
  registerTaxRoutes(rest, state);
  registerPrivilegeRoutes(rest, state);
  return rest;
}
