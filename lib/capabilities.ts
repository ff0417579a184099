import type { PrivilegeKey, Privileges } from "./privileges";
import type { EndpointKey, OptionalEndpointKey } from "./erp/endpoints";

/**
 * The portal's features that depend on optional ERP endpoints (lib/erp/endpoints.ts): when the
 * login's capability probe finds one of a feature's endpoints missing, the feature leaves the menus
 * and its pages say why in one line (messages `capabilities.<feature>`), never a 404 or an error.
 */
export const FEATURES = {
  stock: ["stock"],
  indicators: ["indicatorCards", "indicatorCharts"],
  quotations: ["quotations", "quotationsQueue"],
  salesTaxes: ["salesTaxes"],
  customerRegistration: ["customerWrites", "customersQueue"],
  prospects: ["prospects"],
  prospectRegistration: ["prospects", "prospectsQueue"],
  contactRegistration: ["contactWrites", "contactsQueue"],
} as const satisfies Record<string, readonly OptionalEndpointKey[]>;

export type Feature = keyof typeof FEATURES;
const FEATURE_NAMES = Object.keys(FEATURES) as Feature[];

/** The features that cannot work without the `missing` endpoints, in catalogue order. */
export function unavailableFeatures(missing: readonly string[]): Feature[] {
  return FEATURE_NAMES.filter((f) => FEATURES[f].some((key) => missing.includes(key)));
}

/** The feature an endpoint belongs to (the first that names it), or null (e.g. `privileges`: no feature is hidden). */
export function featureOfEndpoint(key: EndpointKey): Feature | null {
  return FEATURE_NAMES.find((f) => (FEATURES[f] as readonly string[]).includes(key)) ?? null;
}

/** The menu entries a missing feature takes away. */
const MENU_FEATURES: Record<string, Feature> = { "/quotations": "quotations", "/prospects": "prospects" };

/** Whether a menu entry stays for a viewer whose `unavailable` features are those. */
export function menuEntryVisible(href: string, unavailable: readonly Feature[]): boolean {
  const feature = MENU_FEATURES[href];
  return !feature || !unavailable.includes(feature);
}

/** The actions a missing feature takes away, as privilege keys (lib/privileges.ts). */
const FEATURE_ACTIONS: Partial<Record<Feature, readonly PrivilegeKey[]>> = {
  quotations: ["quotations.add", "quotations.edit", "quotations.delete"],
  customerRegistration: ["customers.add", "customers.edit", "customers.delete"],
  prospects: ["prospects.add", "prospects.edit", "prospects.delete"],
  prospectRegistration: ["prospects.add", "prospects.edit", "prospects.delete"],
};

/**
 * What a page offers: the profile's privileges less the actions of the `unavailable` features, so
 * a button the ERP could not carry out is hidden like one the profile denies. Only for what is
 * shown: the server refuses a missing feature with its own line (409), not as a privilege (403).
 */
export function offeredPrivileges(privileges: Privileges, unavailable: readonly Feature[]): Privileges {
  const taken = unavailable.flatMap((f) => FEATURE_ACTIONS[f] ?? []);
  if (taken.length === 0) return privileges;
  return {
    profile: privileges?.profile ?? "",
    denied: [...new Set([...(privileges?.denied ?? []), ...taken])],
  };
}
