import "server-only";
import { and, eq } from "drizzle-orm";
import type { PrivilegeKey, PrivilegeOperation, PrivilegeRecord } from "@/lib/privileges";
import type { Contact } from "@/lib/types/contact";
import type { Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import { orderDrafts } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import type { DraftDocument } from "./order-drafts";
import { record } from "./synced";

/**
 * Which privilege an action needs when its input alone does not say (lib/privileges.ts): the
 * record a draft is of, the customer or prospect a contact belongs to. Read from the viewer's own
 * store, so a replayed call cannot name another record to pass.
 */

/** A contact belongs to its customer or prospect: changing it is editing them. */
const recordOf: Record<DraftDocument, PrivilegeRecord> = {
  order: "orders",
  quotation: "quotations",
  customer: "customers",
  prospect: "prospects",
  contact: "customers",
};

export function documentPrivilege(document: DraftDocument, operation: PrivilegeOperation): PrivilegeKey {
  return `${recordOf[document]}.${operation}`;
}

/** A draft of the viewer's: the `view` privilege of its record (an unknown draft: an order's, it is answered "not found" anyway). */
export async function draftViewPrivilege(viewer: Viewer, id: string): Promise<PrivilegeKey> {
  const db = await getDb();
  const [row] = await db
    .select({ document: orderDrafts.document })
    .from(orderDrafts)
    .where(and(eq(orderDrafts.id, id), eq(orderDrafts.scope, scopeOf(viewer))))
    .limit(1);
  return documentPrivilege(row?.document ?? "order", "view");
}

/** Changing or deleting a contact: editing the prospect it belongs to (SUS), else the customer. */
export async function contactEditPrivilege(viewer: Viewer, contactCode: string): Promise<PrivilegeKey> {
  const contact = await record<Contact>(scopeOf(viewer), "contacts", contactCode);
  return contact?.entityType === "SUS" ? "prospects.edit" : "customers.edit";
}
