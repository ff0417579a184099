/**
 * A random UUID v4 in any browser context: `crypto.randomUUID` exists only in secure contexts
 * (HTTPS, localhost), while `getRandomValues` works everywhere — a portal reached over plain HTTP
 * on a company network still gets its drafts and idempotency keys.
 */
export function newUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The idempotency key of an order: what the ERP stores as `externalid`. */
export const newOrderKey = () => `pgv-${newUuid()}`;
