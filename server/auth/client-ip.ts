import "server-only";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Set by scripts/serve.mjs, in this process, to the name of the header it writes from the socket. */
function trustedHeader(): string | null {
  const name: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for("pgv.clientAddressHeader")];
  return typeof name === "string" ? name : null;
}

/**
 * The client address for throttling: what the portal server (scripts/serve.mjs) took from the socket,
 * or from the configured number of trusted proxy hops (TRUST_PROXY_HOPS). Never X-Forwarded-For as
 * the client sent it: Next keeps that header as it came, so a client could name any address. Served
 * some other way (a bare `next start`), every client counts as one address: the per-address lock
 * then guards the ERP as a whole rather than trusting a header anyone can write.
 */
export function clientIp(headers: HeaderSource): string {
  const name = trustedHeader();
  return (name && header(headers, name)) || "unknown";
}
