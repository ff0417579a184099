import "server-only";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { orderTotals } from "@/lib/order-lines";
import type { DraftSummary } from "@/lib/types/order-entry";
import type { Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import { orderDrafts } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { problemOf } from "./draft-problem";
import { ownOrder } from "./order-form-context";
import { ownQuotation } from "./quotations";
import { ownRegistrationRecord } from "./registration-records";

// Drafts: what the rep typed, kept server-side (sanitised, never trusted as an order).

const text = (max: number) => z.string().max(max).catch("");
const numberOrNull = z.number().finite().nullable().catch(null);

/** What a draft may hold: whatever the rep had typed, sanitised (never trusted as an order). */
const draftDataSchema = z.object({
  key: z.string().max(60).catch(""),
  customer: text(6),
  store: text(2),
  /** A prospect's quotation: the prospect (SUS) in place of the customer; blank otherwise. */
  prospect: text(6),
  prospectStore: text(2),
  customerName: text(120),
  copiedFrom: text(6),
  paymentCondition: text(3),
  priceList: text(3),
  operationType: text(2),
  carrier: text(6),
  freightType: z.enum(["C", "F", "T", "S"]).catch("C"),
  freightValue: numberOrNull,
  customerOrderNumber: text(40),
  message: text(500),
  /** A quotation's validity (ISO day) as typed; blank for an order. */
  validity: text(10),
  items: z
    .array(
      z.object({
        product: text(15),
        quantity: numberOrNull,
        price: numberOrNull,
        description: text(200),
        unit: text(4),
        operationType: text(2),
        listPrice: z.number().finite().catch(0),
        minimumPrice: z.number().finite().catch(0),
      }),
    )
    .max(2_000)
    .catch([]),
});
type DraftData = z.infer<typeof draftDataSchema>;

/**
 * What a registration draft may hold (customer, prospect: the form of
 * lib/schemas/registration-form.ts; contact: its own form), sanitised the same way.
 */
const registrationDataSchema = z.record(z.string().max(40), z.unknown()).catch({});
export type RegistrationDraftData = Record<string, unknown>;

/** What a draft becomes: the ERP record it is sent as. */
export const draftDocuments = ["order", "quotation", "customer", "prospect", "contact"] as const;
export type DraftDocument = (typeof draftDocuments)[number];
export type SalesDocument = "order" | "quotation";
const isSalesDocument = (document: DraftDocument): document is SalesDocument =>
  document === "order" || document === "quotation";

/** A draft's data as stored, with what its list row shows (name, lines, total). */
function draftValues(document: DraftDocument, raw: unknown) {
  if (!isSalesDocument(document)) {
    const data = registrationDataSchema.parse(raw ?? {});
    const name = typeof data.name === "string" ? data.name.slice(0, 120) : "";
    return {
      data,
      key: typeof data.key === "string" ? data.key.slice(0, 60) : "",
      customerName: name,
      lines: 0,
      total: 0,
    };
  }
  const data = draftDataSchema.parse(raw ?? {});
  const totals = orderTotals(data.items, data.freightValue);
  return {
    data,
    key: data.key,
    customerName: data.customerName,
    lines: data.items.filter((i) => i.product).length,
    total: totals.total,
  };
}

export const draftInputSchema = z.object({
  id: z.uuid(),
  document: z.enum(draftDocuments).default("order"),
  kind: z.enum(["new", "edit"]),
  /** The record an edit draft changes: an order's or quotation's number, a customer's or prospect's `code/store`, a contact's code. */
  orderNumber: z
    .string()
    .regex(/^[0-9A-Za-z]{1,6}(\/[0-9A-Za-z]{1,2})?$/)
    .optional(),
  stamp: z.string().max(40).optional(),
  data: z.unknown(),
});
type DraftInput = z.input<typeof draftInputSchema>;

type DraftRow = typeof orderDrafts.$inferSelect;

function summary(row: DraftRow): DraftSummary {
  const data = draftDataSchema.parse(row.data);
  return {
    id: row.id,
    document: row.document,
    kind: row.kind,
    orderNumber: row.orderId ? row.orderId.slice(-6) : null,
    customer: data.customer
      ? `${data.customer.trim()}/${data.store.trim()}`
      : data.prospect
        ? `${data.prospect.trim()}/${data.prospectStore.trim()}`
        : "",
    customerName: row.customerName,
    lines: row.lines,
    total: Number(row.total),
    copiedFrom: data.copiedFrom || null,
    state: row.state,
    problem: problemOf(row.error),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Saves what the rep typed (upsert by the client's draft id, only within the viewer's scope; a
 * draft already sent is not overwritten). An edit draft must name one of the viewer's orders.
 */
export async function saveDraft(
  viewer: Viewer,
  input: DraftInput,
): Promise<{ ok: true; draft: DraftSummary } | { ok: false; reason: "not_found" | "sent" }> {
  const document = input.document ?? "order";
  const { data, key, customerName, lines, total } = draftValues(document, input.data);
  let orderId: string | null = null;
  if (input.kind === "edit") {
    orderId = input.orderNumber ? await ownRecordId(viewer, document, input.orderNumber) : null;
    if (!orderId) return { ok: false, reason: "not_found" };
  }
  const db = await getDb();
  const scope = scopeOf(viewer);
  const values = {
    id: input.id,
    scope,
    login: viewer.login,
    document,
    kind: input.kind,
    orderId,
    stamp: input.stamp ?? null,
    key,
    data,
    customerName,
    lines,
    total,
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(orderDrafts)
    .values(values)
    .onConflictDoUpdate({
      target: orderDrafts.id,
      set: {
        data,
        customerName: values.customerName,
        lines: values.lines,
        total: values.total,
        stamp: values.stamp,
        updatedAt: values.updatedAt,
      },
      // A draft stays what it was made for: an id replayed as another document changes nothing.
      setWhere: sql`${orderDrafts.scope} = ${scope} and ${orderDrafts.state} = 'editing' and ${orderDrafts.document} = ${document}`,
    })
    .returning();
  if (row) return { ok: true, draft: summary(row) };
  // Not written: sent already, or the id is another document's draft (or nobody's the viewer can see).
  const existing = await getDraftRow(viewer, input.id);
  return { ok: false, reason: existing?.document === document ? "sent" : "not_found" };
}

async function getDraftRow(viewer: Viewer, id: string): Promise<DraftRow | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(orderDrafts)
    .where(and(eq(orderDrafts.id, id), eq(orderDrafts.scope, scopeOf(viewer))))
    .limit(1);
  return row ?? null;
}

export type Draft = DraftSummary & { data: DraftData; stamp: string | null; queueId: string | null };

/** One of the viewer's drafts with its data (null for anyone else's). */
export async function getDraft(viewer: Viewer, id: string): Promise<Draft | null> {
  const row = await getDraftRow(viewer, id);
  return row
    ? { ...summary(row), data: draftDataSchema.parse(row.data), stamp: row.stamp, queueId: row.queueId }
    : null;
}

/** The latest edit draft of one of the viewer's orders or quotations (to resume an unfinished edit). */
export async function editDraftOf(
  viewer: Viewer,
  orderId: string,
  document: DraftDocument = "order",
): Promise<Draft | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: orderDrafts.id })
    .from(orderDrafts)
    .where(
      and(
        eq(orderDrafts.scope, scopeOf(viewer)),
        eq(orderDrafts.document, document),
        eq(orderDrafts.orderId, orderId),
        eq(orderDrafts.kind, "edit"),
      ),
    )
    .orderBy(desc(orderDrafts.updatedAt))
    .limit(1);
  return row ? getDraft(viewer, row.id) : null;
}

/** The drafts "Meus rascunhos" shows: the viewer's of one document, but not those already made into one (`done`). */
const listed = (viewer: Viewer, document: DraftDocument) =>
  and(eq(orderDrafts.scope, scopeOf(viewer)), eq(orderDrafts.document, document), ne(orderDrafts.state, "done"));

/** The viewer's drafts of orders (or of quotations), most recently touched first. */
export async function listDrafts(viewer: Viewer, document: DraftDocument = "order"): Promise<DraftSummary[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(orderDrafts)
    .where(listed(viewer, document))
    .orderBy(desc(orderDrafts.updatedAt), asc(orderDrafts.id))
    .limit(200);
  return rows.map(summary);
}

export async function countDrafts(viewer: Viewer, document: DraftDocument = "order"): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orderDrafts)
    .where(listed(viewer, document));
  return row?.n ?? 0;
}

/** Discards one of the viewer's drafts (not one being sent right now). */
export async function discardDraft(viewer: Viewer, id: string): Promise<boolean> {
  if (!z.uuid().safeParse(id).success) return false;
  const db = await getDb();
  const rows = await db
    .delete(orderDrafts)
    .where(
      and(eq(orderDrafts.id, id), eq(orderDrafts.scope, scopeOf(viewer)), sql`${orderDrafts.state} <> 'submitting'`),
    )
    .returning({ id: orderDrafts.id });
  return rows.length > 0;
}

/** The viewer's own order or quotation a draft edits (null for anyone else's). */
export function ownRecord(viewer: Viewer, document: SalesDocument, number: string) {
  return document === "quotation" ? ownQuotation(viewer, number) : ownOrder(viewer, number);
}

/** The viewer's own record a draft edits, whatever the document: its id (null for anyone else's). */
async function ownRecordId(viewer: Viewer, document: DraftDocument, key: string): Promise<string | null> {
  if (isSalesDocument(document)) return (await ownRecord(viewer, document, key))?.id ?? null;
  return ownRegistrationRecord(viewer, document, key);
}

/** A registration draft's data (null for anyone else's draft, or another document's). */
export async function getRegistrationDraft(
  viewer: Viewer,
  id: string,
  document: Exclude<DraftDocument, SalesDocument>,
): Promise<(DraftSummary & { data: RegistrationDraftData; stamp: string | null; queueId: string | null }) | null> {
  const row = await getDraftRow(viewer, id);
  if (!row || row.document !== document) return null;
  return { ...summary(row), data: registrationDataSchema.parse(row.data), stamp: row.stamp, queueId: row.queueId };
}
