import "server-only";
import { env } from "@/server/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client address for throttling. Next's server appends the socket address to
 * x-forwarded-for, so without a trusted proxy the last entry is the only one a client cannot forge;
 * behind one (TRUST_PROXY=true) the first entry is the original client.
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = (header(headers, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = env().TRUST_PROXY ? forwarded[0] : forwarded.at(-1);
  return ip || header(headers, "x-real-ip") || "unknown";
}
