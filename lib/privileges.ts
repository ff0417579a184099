/**
 * Menu and action privileges (issue 19 item 5): what a user's Protheus profile lets them see and do
 * in the portal, on top of what their role allows (seller, administrator, SGE finance). Read from
 * the ERP at login and refreshed while the session lives (server/auth/privileges.ts); the wire is
 * `GET api/tgv/privileges` (sandbox/docs/privileges.md). Isomorphic and dependency-free: the
 * server, the shell's menu and the sandbox (by relative path) share these keys.
 */

/** The records whose view/add/edit/delete a profile may restrict. */
export const PRIVILEGE_RECORDS = ["orders", "quotations", "customers", "prospects"] as const;
export type PrivilegeRecord = (typeof PRIVILEGE_RECORDS)[number];

export const PRIVILEGE_OPERATIONS = ["view", "add", "edit", "delete"] as const;
export type PrivilegeOperation = (typeof PRIVILEGE_OPERATIONS)[number];

/** Whole areas: SESI/SENAI enrolment, PJ contracts and finance (RM SGE); the home's indicators. */
export const PRIVILEGE_AREAS = ["sge.enrol", "sge.pj", "sge.finance", "home.indicators"] as const;

export const PRIVILEGE_KEYS = [
  ...PRIVILEGE_RECORDS.flatMap((r) => PRIVILEGE_OPERATIONS.map((o) => `${r}.${o}` as const)),
  ...PRIVILEGE_AREAS,
] as const;
export type PrivilegeKey = (typeof PRIVILEGE_KEYS)[number];

export function isPrivilegeKey(value: string): value is PrivilegeKey {
  return (PRIVILEGE_KEYS as readonly string[]).includes(value);
}

/**
 * What the session keeps: the profile's name and every key it denies, already resolved (a denied
 * `view` denies the record's add/edit/delete too). `null`: no restriction — the ERP has no
 * privileges endpoint (404) or the user has no profile — so the role alone decides, as before.
 */
export type Privileges = { profile: string; denied: PrivilegeKey[] } | null;

/** Whether `privileges` let the user do `key` (the role's own rule is checked separately). */
export function allowed(privileges: Privileges, key: PrivilegeKey): boolean {
  return !privileges || !privileges.denied.includes(key);
}

/** Any of `keys` allowed (a door several privileges open). */
export function allowedAny(privileges: Privileges, keys: readonly PrivilegeKey[]): boolean {
  return keys.some((key) => allowed(privileges, key));
}

/**
 * Who may look customers up (`/api/customers`): the register's viewers, and whoever types an order
 * or a quotation — the form's customer picker reads them too.
 */
export const CUSTOMER_LOOKUP: readonly PrivilegeKey[] = [
  "customers.view",
  "orders.add",
  "orders.edit",
  "quotations.add",
  "quotations.edit",
];

/**
 * A profile's answer resolved into what the session keeps. `entries`: the keys the profile names
 * with their flag; `fallback`: what a key it does not name gets (the profile's default, allowed
 * unless the ERP says otherwise). Keys the portal does not know are ignored (a newer ERP profile).
 */
export function resolvePrivileges(
  profile: string | null,
  entries: readonly (readonly [string, boolean])[],
  fallback = true,
): Privileges {
  if (!profile) return null;
  const named = new Map(entries.filter(([key]) => isPrivilegeKey(key)));
  const grant = (key: PrivilegeKey) => named.get(key) ?? fallback;
  const denied = PRIVILEGE_KEYS.filter((key) => {
    if (!grant(key)) return true;
    // add/edit/delete of a record the profile may not even see are denied with it.
    const [record, operation] = key.split(".") as [string, string];
    return (
      (PRIVILEGE_RECORDS as readonly string[]).includes(record) &&
      operation !== "view" &&
      !grant(`${record}.view` as PrivilegeKey)
    );
  });
  return { profile, denied };
}
