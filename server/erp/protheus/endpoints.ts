import "server-only";
import { featureOfEndpoint, type Feature } from "@/lib/capabilities";
import { ENDPOINTS, type EndpointKey, type EndpointMap } from "@/lib/erp/endpoints";
import { env } from "@/server/env";
import { ErpError } from "../errors";

// The catalogue is pure data in lib/ (server/env.ts validates the alias maps against it); the
// resource modules import it from here with the functions that build URLs.
export {
  ENDPOINTS,
  ENDPOINT_KEYS,
  OPTIONAL_ENDPOINT_KEYS,
  overrideFits,
  placeholders,
  type EndpointKey,
  type EndpointMap,
  type OptionalEndpointKey,
} from "@/lib/erp/endpoints";

/** What `endpointPath` needs of an ErpTarget: the alias' overrides and what its login found missing. */
type EndpointTarget = { endpoints?: EndpointMap; missing?: readonly EndpointKey[] };

/**
 * A call to an endpoint the viewer's ERP does not serve (the login's capability probe found it
 * missing), refused before any request: the feature is hidden, and a route or action that still
 * reaches it answers with its reason (409, server/http.ts and server/actions/create-action.ts). An
 * ErpError (`unavailable`, the ERP never asked), so every caller that already degrades on an ERP
 * failure (a PDF's "taxes not calculated", a page's ERP words, the sync) does here too.
 */
export class FeatureUnavailableError extends ErpError {
  constructor(
    readonly endpoint: EndpointKey,
    readonly feature: Feature,
  ) {
    super("unavailable", null, { detail: `feature ${feature}: endpoint ${endpoint} missing on this ERP` });
    this.name = "FeatureUnavailableError";
  }
}

/**
 * The path of `key` for a target (its alias' override, else the default), placeholders filled and
 * URL-encoded. Refuses (FeatureUnavailableError) an endpoint of a feature the session's probe found missing.
 */
export function endpointPath(target: EndpointTarget, key: EndpointKey, params: Record<string, string> = {}): string {
  if (target.missing?.includes(key)) {
    const feature = featureOfEndpoint(key);
    if (feature) throw new FeatureUnavailableError(key, feature);
  }
  const template = (target.endpoints?.[key] ?? ENDPOINTS[key].path).replace(/^\/+|\/+$/g, "");
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`endpoint ${key}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/** A record (or an action on it) below a collection endpoint: `{path}/{segment}/…`, each segment URL-encoded. */
export function endpointItemPath(target: EndpointTarget, key: EndpointKey, ...segments: string[]): string {
  return [endpointPath(target, key), ...segments.map(encodeURIComponent)].join("/");
}

/**
 * An alias' endpoint map as its ERP targets carry it: its `endpoints` in ERP_ALIASES (direct mode,
 * and in Mingle mode when the alias has an entry), over ERP_SALES_TAXES_PATH, the older global
 * setting of `salesTaxes` (kept so a configuration that set it still works).
 */
export function endpointsForAlias(alias: string): EndpointMap {
  const config = env();
  const name = alias.trim().toLowerCase();
  const entry = Object.entries(config.ERP_ALIASES).find(([key]) => key.toLowerCase() === name)?.[1];
  const globalTaxes =
    config.ERP_SALES_TAXES_PATH === ENDPOINTS.salesTaxes.path ? {} : { salesTaxes: config.ERP_SALES_TAXES_PATH };
  return { ...globalTaxes, ...entry?.endpoints };
}
