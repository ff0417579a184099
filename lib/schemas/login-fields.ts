/**
 * Login field rules, declared once: the server's zod schema (./login.ts) is built from them and
 * the login form puts them on its inputs as HTML constraints, so the browser checks the same rules
 * without shipping a validation library (the /login JS budget is 150 kB).
 */
export const loginFields = {
  alias: { maxLength: 40, pattern: "[A-Za-z0-9_.\\-]+" },
  username: { maxLength: 60 },
  password: { maxLength: 128 },
} as const;

export type LoginField = keyof typeof loginFields;

/** i18n keys under `login.errors` for each field's two failure kinds. */
export const loginFieldErrors = {
  alias: { required: "aliasRequired", invalid: "aliasInvalid" },
  username: { required: "userRequired", invalid: "userInvalid" },
  password: { required: "passwordRequired", invalid: "passwordInvalid" },
} as const satisfies Record<LoginField, { required: string; invalid: string }>;

/** Why a login was refused; each has its own message (`login.failures.*`). */
export const loginFailures = [
  "INVALID_INPUT",
  "UNKNOWN_ALIAS",
  "ALIAS_NOT_CONFIGURED",
  "BAD_CREDENTIALS",
  "PASSWORD_CHANGE",
  "OUTDATED_RPO",
  "INSECURE_ERP",
  "NOT_A_SELLER",
  "NO_COMPANY_ACCESS",
  "ERP_UNAVAILABLE",
  "PRIVILEGES_UNAVAILABLE",
  "THROTTLED",
  "LOGIN_FAILED",
] as const;

export type LoginFailure = (typeof loginFailures)[number];

export function isLoginFailure(value: unknown): value is LoginFailure {
  return typeof value === "string" && (loginFailures as readonly string[]).includes(value);
}
