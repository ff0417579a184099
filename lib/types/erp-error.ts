// The kinds of ERP failure the portal tells apart (server/erp/errors.ts); a type pages and components may name.
export type ErpErrorKind =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "bad_request"
  | "conflict"
  | "business"
  | "rate_limited"
  | "no_license"
  | "unavailable"
  | "timeout"
  | "invalid_response"
  | "session_expired";
