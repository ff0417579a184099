import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { MAX_ORDER_ITEMS } from "@/lib/order-lines";
import { fieldCodes, orderFormSchema, type OrderForm } from "@/lib/schemas/order-form";

import { type Viewer } from "@/server/auth/viewer";
import { wordsText } from "@/server/erp/error-text";
import { getDraft, listDrafts } from "@/server/services/order-drafts";

import { applyDraftToSentOrder } from "@/server/services/order-resend";
import { queueStatus } from "@/server/services/order-queue";
import { submitOrder } from "@/server/services/order-submit";
import { getOrder } from "@/server/services/orders";
import { getDb } from "@/server/store/db";
import { orderDrafts } from "@/server/store/schema";

import { resetWorld } from "./reset";
import { sampleOrder } from "./sample-order";
import { admin, orderPosts, ordersWithKey, queueOf, syncedViewer } from "./order-world";

describe("order entry: submit, drafts, edit, delete (services against the sandbox)", () => {
  let ana: Viewer;
  let bruno: Viewer;

  beforeAll(async () => {
    await resetWorld();
    ana = await syncedViewer("ana", "ana123");
    bruno = await syncedViewer("bruno", "bruno123");
  }, 120_000);

  beforeEach(async () => {
    await admin.faults([]);
    await admin.clearRequests();
  });

  // Risk: a rep follows another seller's queue item by its id (guessed, or copied from a screen).
  it("answers a queue id only to the seller whose it is, without asking the ERP otherwise", async () => {
    const form = await sampleOrder(ana);
    const sent = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "x", form });
    expect(sent.ok).toBe(true);
    const queueId = (sent as { queueId: string }).queueId;
    await admin.clearRequests();
    expect(await queueStatus(bruno, queueId)).toBeNull();
    expect(await queueStatus(bruno, randomUUID())).toBeNull();
    expect((await admin.requests()).items.filter((r) => r.path.includes("salesordersqueue"))).toEqual([]);
    expect((await queueStatus(ana, queueId))?.item.id).toBe(queueId);
    await admin.runJobs();
  });

  it("polls of a finished item share one refresh of the orders' entities, never a full sync per poll", async () => {
    const form = await sampleOrder(ana);
    const sent = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "x", form });
    const queueId = (sent as { queueId: string }).queueId;
    await admin.runJobs();
    await admin.clearRequests();
    const polls = await Promise.all(Array.from({ length: 5 }, () => queueStatus(ana, queueId)));
    expect(polls.every((p) => p?.item.status === "done")).toBe(true);
    const paths = (await admin.requests()).items.map((r) => r.path);
    // Only the queue, the orders and the notifications: no customers, catalogues or titles.
    expect(paths.filter((p) => !/\/rest\/api\/tgv\/(salesorders|salesordersqueue|notifications)\b/.test(p))).toEqual(
      [],
    );
    expect(paths.filter((p) => p.startsWith("/rest/api/tgv/notifications")).length).toBeLessThanOrEqual(1);
  });

  it("a replayed submit with the same key — again, at the same instant, from another draft — makes exactly one order", async () => {
    const form = await sampleOrder(ana);
    const draftId = randomUUID();
    const input = { draftId, kind: "new" as const, customerName: "x", form };
    const [a, b] = await Promise.all([submitOrder(ana, input), submitOrder(ana, input)]);
    const again = await submitOrder(ana, input);
    // The same key from another tab's draft: the ERP's externalid answers the same queue item.
    const other = await submitOrder(ana, { ...input, draftId: randomUUID() });
    // The same draft replayed with another key: the draft's own key (fixed at its first save) goes.
    const rekeyed = await submitOrder(ana, { ...input, form: { ...form, key: `pgv-${randomUUID()}` } });
    const ids = [a, b, again, other, rekeyed].map((r) => (r.ok ? r.queueId : r.reason));
    const queued = ids.filter((id): id is string => typeof id === "string");
    expect(new Set(queued).size).toBe(1);
    expect((await queueOf(form.key)).length).toBe(1);

    await admin.runJobs();
    const status = await queueStatus(ana, queued[0]!);
    expect(status?.item.status).toBe("done");
    const created = await ordersWithKey(form.key);
    expect(created).toHaveLength(1);
    expect(created[0]!.seller.trim()).toBe("000001");
    // Done: the draft is out of the rep's list, kept as done with the order it became (its URL shows
    // that order), and the order is in the rep's store, totals as the ERP computed them.
    expect(await getDraft(ana, draftId)).toMatchObject({ state: "done", orderNumber: created[0]!.number });
    expect((await listDrafts(ana)).map((d) => d.id)).not.toContain(draftId);
    const view = await getOrder(ana, created[0]!.number);
    expect(view?.order.externalId).toBe(form.key);
    expect(view?.order.total).toBe(form.items.reduce((n, i) => n + Math.round(i.quantity * i.price), 0));
    expect(view?.order.items.map((i) => i.item)).toEqual(["01", "02"]);
  });

  it("invalid payloads get field errors and never reach the ERP", async () => {
    const good = await sampleOrder(ana);
    const schemaCases: [string, unknown, string, string][] = [
      ["negative quantity", { ...good, items: [{ ...good.items[0]!, quantity: -2 }] }, "items.0.quantity", "positive"],
      [
        "10,000 lines",
        { ...good, items: Array.from({ length: 10_000 }, () => good.items[0]) },
        "items",
        `too_many_items:${MAX_ORDER_ITEMS}`,
      ],
      ["oversized string", { ...good, message: "x".repeat(5_000) }, "message", "too_long:250"],
      ["malformed body", "{not json", "form", "invalid"],
      ["no items", { ...good, items: [] }, "items", "no_items"],
      [
        "discount over 99.99 %",
        { ...good, items: [{ ...good.items[0]!, discount: 150 }] },
        "items.0.discount",
        "discount_range",
      ],
      [
        "half a box",
        { ...good, items: [{ ...good.items[0]!, quantity: 1.5, unit: "CX" }] },
        "items.0.quantity",
        "whole_units:CX",
      ],
      [
        "price with centavos fractions",
        { ...good, items: [{ ...good.items[0]!, price: 10.5 }] },
        "items.0.price",
        "number",
      ],
    ];
    for (const [name, body, field, code] of schemaCases) {
      const parsed = orderFormSchema.safeParse(body);
      expect(parsed.success, name).toBe(false);
      if (!parsed.success) expect(fieldCodes(parsed.error)[field], name).toBe(code);
    }

    const p7 = { product: "P00007", quantity: 1, price: 100 };
    const storeCases: [string, OrderForm, string, string][] = [
      [
        "unknown product",
        { ...good, items: [{ product: "ZZZ999", quantity: 1, price: 100 }] },
        "items.0.product",
        "product_not_in_list",
      ],
      ["blocked product", { ...good, priceList: "", items: [p7] }, "items.0.product", "product_blocked"],
      [
        "price below the list's minimum",
        { ...good, items: [{ ...good.items[0]!, price: 1 }] },
        "items.0.price",
        "below_minimum",
      ],
      // Issue 16 item 8: the store's unit decides, whatever the browser sent as the line's unit.
      [
        "a fraction of a product sold by the unit",
        { ...good, items: [{ ...good.items[0]!, quantity: 2.5, unit: "KG" }] },
        "items.0.quantity",
        "whole_units",
      ],
      ["another seller's customer", { ...good, customer: "200001" }, "customer", "customer_unknown"],
      ["blocked customer", { ...good, customer: "000011" }, "customer", "customer_blocked"],
      ["blocked payment condition", { ...good, paymentCondition: "007" }, "paymentCondition", "blocked_code"],
      ["expired price list", { ...good, priceList: "001" }, "priceList", "pricelist_not_valid"],
    ];
    for (const [name, form, field, code] of storeCases) {
      const outcome = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "", form });
      expect(outcome.ok, name).toBe(false);
      if (!outcome.ok && outcome.reason === "invalid")
        expect(outcome.fieldErrors[field]?.split(":")[0], name).toBe(code);
      else expect.fail(`${name}: ${JSON.stringify(outcome)}`);
    }
    expect(await orderPosts()).toEqual([]);
  });

  it("a crafted payload cannot choose the seller or the branch: the session decides", async () => {
    const form = await sampleOrder(ana);
    const crafted = orderFormSchema.parse({ ...form, seller: "000002", branch: "02", tenantId: "01,02" });
    expect(crafted).not.toHaveProperty("seller");
    const outcome = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "", form: crafted });
    expect(outcome.ok).toBe(true);
    const [post] = await orderPosts();
    expect(post?.tenant).toBe("01,01");
    await admin.runJobs();
    const [created] = await ordersWithKey(form.key);
    expect([created?.seller.trim(), created?.branch.trim()]).toEqual(["000001", "01"]);
  });

  it("ERP down during submit: not sent, the draft stays with its key; the resend makes one order", async () => {
    const form = await sampleOrder(ana);
    const draftId = randomUUID();
    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesorders", kind: "status", status: 503 }]);
    const down = await submitOrder(ana, { draftId, kind: "new", customerName: "Cliente", form });
    expect(down).toEqual({ ok: false, reason: "not_sent" });
    const kept = await getDraft(ana, draftId);
    expect(kept?.state).toBe("editing");
    expect(kept?.data.key).toBe(form.key);
    expect(kept?.problem).toEqual({ kind: "not_sent" });
    expect((await listDrafts(ana)).map((d) => d.id)).toContain(draftId);

    await admin.faults([]);
    const back = await submitOrder(ana, { draftId, kind: "new", customerName: "Cliente", form });
    expect(back.ok).toBe(true);
    await admin.runJobs();
    expect(await ordersWithKey(form.key)).toHaveLength(1);
  });

  // Issue 15: the portal's generic words were stored in pt-BR, so an English rep read Portuguese.
  it("a refusal without the ERP's own words keeps its code on the draft, worded for the reader", async () => {
    const form = await sampleOrder(ana);
    const draftId = randomUUID();
    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesorders", kind: "html", status: 422, times: 1 }]);
    const refused = await submitOrder(ana, { draftId, kind: "new", customerName: "", form });
    expect(refused).toMatchObject({ ok: false, reason: "rejected", generic: "erp.business" });
    const [row] = await (await getDb()).select().from(orderDrafts).where(eq(orderDrafts.id, draftId));
    expect([row?.state, row?.error]).toEqual(["editing", "erp.business"]);
    const draft = await getDraft(ana, draftId);
    expect(draft?.problem).toMatchObject({ kind: "rejected", generic: "erp.business" });
    const en = createTranslator({ locale: "en", messages: messages.en, namespace: "erpErrors" });
    expect(draft?.problem?.kind === "rejected" && wordsText(draft.problem, en)).toBe("The ERP rejected the operation.");
    expect(await ordersWithKey(form.key)).toEqual([]);
  });

  it("an answer lost after the ERP queued the order: the resend lands on the same queue item", async () => {
    const form = await sampleOrder(ana);
    const draftId = randomUUID();
    // The ERP takes longer than the portal waits (ERP_TIMEOUT_MS 8 s), then queues the order anyway.
    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesorders", kind: "latency", ms: 9_000, times: 1 }]);
    const lost = await submitOrder(ana, { draftId, kind: "new", customerName: "", form });
    expect(lost).toEqual({ ok: false, reason: "not_sent" });
    await expect.poll(async () => (await queueOf(form.key)).length, { timeout: 5_000 }).toBe(1);
    const resent = await submitOrder(ana, { draftId, kind: "new", customerName: "", form });
    expect(resent.ok).toBe(true);
    expect((await queueOf(form.key)).length).toBe(1);
    await admin.runJobs();
    expect(await ordersWithKey(form.key)).toHaveLength(1);
  }, 40_000);

  // Risk: the first send's answer is lost, the rep edits and sends again; the ERP keeps the first
  // content under the key, and "sent" would report the old content as the new one.
  it("an edited resend under a key the ERP already holds is told plainly, and 'apply my changes' makes it that order's change", async () => {
    // 000002: risk B with a title overdue, so the order stays blocked by credit — editable.
    const form = await sampleOrder(ana, { customer: "000002" });
    const draftId = randomUUID();
    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesorders", kind: "latency", ms: 9_000, times: 1 }]);
    expect(await submitOrder(ana, { draftId, kind: "new", customerName: "", form })).toEqual({
      ok: false,
      reason: "not_sent",
    });
    await expect.poll(async () => (await queueOf(form.key)).length, { timeout: 5_000 }).toBe(1);

    const edited = { ...form, items: [{ ...form.items[0]!, quantity: 5 }, form.items[1]!] };
    const resent = await submitOrder(ana, { draftId, kind: "new", customerName: "", form: edited });
    expect(resent).toMatchObject({ ok: false, reason: "already_sent" });
    const queueId = (resent as { queueId: string }).queueId;
    const draft = await getDraft(ana, draftId);
    expect(draft).toMatchObject({ state: "editing", problem: { kind: "already_sent", queueId } });
    expect(draft!.data.items[0]!.quantity).toBe(5);
    // The draft is the viewer's only: another seller can neither send it nor apply it.
    expect(await submitOrder(bruno, { draftId, kind: "new", customerName: "", form })).toEqual({
      ok: false,
      reason: "not_found",
    });

    const input = { draftId, customerName: "", form: edited };
    expect(await applyDraftToSentOrder(ana, input)).toEqual({ ok: false, reason: "first_pending" });
    expect(await applyDraftToSentOrder(bruno, input)).toEqual({ ok: false, reason: "not_found" });
    await admin.runJobs();
    const [created] = await ordersWithKey(form.key);
    const itemsOf = async (number: string) =>
      (
        await admin.sql<{ quantity: number }>(
          `SELECT C6_QTDVEN AS quantity FROM SC6010 WHERE C6_NUM = $1 AND D_E_L_E_T_ = ' ' ORDER BY C6_ITEM`,
          [number],
        )
      ).rows.map((r) => Number(r.quantity));
    expect(await itemsOf(created!.number)).toEqual([3, 2]);

    const applied = await applyDraftToSentOrder(ana, input);
    expect(applied).toMatchObject({ ok: true, orderId: expect.stringMatching(new RegExp(`${created!.number}$`)) });
    await admin.runJobs();
    expect(await itemsOf(created!.number)).toEqual([5, 2]);
    expect(await ordersWithKey(form.key)).toHaveLength(1);
    await queueStatus(ana, (applied as { queueId: string }).queueId);
    // Applied, the draft became that order's change: settled like an edit's, it is gone.
    expect(await getDraft(ana, draftId)).toBeNull();
  }, 40_000);
});
