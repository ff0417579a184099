// The client address of a request, decided where the socket is known (scripts/serve.mjs) and handed
// to the portal in one header it alone writes. Next's own server keeps whatever X-Forwarded-For
// the client sent, so the portal never reads that header itself.

/** The header the portal server writes (after dropping any copy the client sent). */
export const CLIENT_ADDRESS_HEADER = "x-pgv-client-address";

/** `::ffff:10.0.0.1` → `10.0.0.1`: one address, one throttling key, however the socket reports it. */
function normalise(address) {
  const a = String(address ?? "").trim();
  return a.toLowerCase().startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

/**
 * The socket address, or — behind `trustedHops` proxies of one's own — the address the outermost
 * of them saw: counted from the right of X-Forwarded-For, where each trusted proxy appended the
 * address it received from. Entries left of that are written by the client and never trusted. With
 * fewer entries than hops (a request that skipped a proxy), the leftmost one is the best there is.
 */
export function clientAddress(socketAddress, forwardedFor, trustedHops = 0) {
  const socket = normalise(socketAddress) || "unknown";
  if (!trustedHops) return socket;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : String(forwardedFor ?? "");
  const chain = [...raw.split(",").map(normalise).filter(Boolean), socket];
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

/** TRUST_PROXY_HOPS: a whole number 0–10 (default 0: the socket is the client). */
export function trustedHopsOf(value) {
  if (value === undefined || value === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`TRUST_PROXY_HOPS must be a whole number from 0 to 10, got "${value}"`);
  return hops;
}
