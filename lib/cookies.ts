/** The last company alias used on this browser, to prefill the login form (not a secret). */
export const ALIAS_COOKIE = "pgv-alias";
