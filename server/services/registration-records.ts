import "server-only";
import type { Contact } from "@/lib/types/contact";
import type { Viewer } from "@/server/auth/viewer";
import { scopeOf } from "@/server/sync/scope";
import { findCustomer } from "./customers";
import { ownProspect } from "./prospects";
import { record } from "./synced";

/**
 * Whose registration record is it: the viewer's own customer, prospect or contact from the synced
 * store (the sync brings a seller only their own), by the key a draft or an action names —
 * `code/store` for customers and prospects, the contact's code. Anyone else's is null.
 */
export function splitRecordKey(key: string): { code: string; store: string } | null {
  const match = /^([0-9A-Za-z]{1,6})\/([0-9A-Za-z]{1,2})$/.exec(key);
  return match ? { code: match[1]!, store: match[2]! } : null;
}

export async function ownRegistrationRecord(
  viewer: Viewer,
  document: "customer" | "prospect" | "contact",
  key: string,
): Promise<string | null> {
  if (document === "contact") {
    if (!/^[0-9A-Za-z]{1,6}$/.test(key)) return null;
    return (await record<Contact>(scopeOf(viewer), "contacts", key))?.id ?? null;
  }
  const parts = splitRecordKey(key);
  if (!parts) return null;
  const found =
    document === "customer"
      ? await findCustomer(viewer, parts.code, parts.store)
      : await ownProspect(viewer, parts.code, parts.store);
  return found?.id ?? null;
}
