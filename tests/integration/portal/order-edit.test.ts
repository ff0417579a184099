import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { type OrderForm } from "@/lib/schemas/order-form";

import { type Viewer } from "@/server/auth/viewer";
import { getDraft, saveDraft } from "@/server/services/order-drafts";
import { formFromOrder, orderFormContext } from "@/server/services/order-form-context";

import { deleteOwnOrder } from "@/server/services/order-delete";
import { queueStatus } from "@/server/services/order-queue";
import { submitOrder } from "@/server/services/order-submit";
import { listOrders } from "@/server/services/order-list";
import { getOrder } from "@/server/services/orders";
import { syncNow } from "@/server/sync/orchestrator";
import { orderQuerySchema } from "@/lib/schemas/order-query";

import { resetWorld } from "./reset";
import { sampleOrder } from "./sample-order";
import { admin, ordersWithKey, syncedViewer } from "./order-world";

describe("order entry: edit, delete and locks (services against the sandbox)", () => {
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

  it("edit with the stamp read; a stale stamp is a conflict; bruno cannot edit, delete or read ana's drafts", async () => {
    // 000002: risk B with a title 15 days overdue, so the order stays blocked by credit — editable.
    const form = await sampleOrder(ana, { customer: "000002" });
    const sent = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "", form });
    expect(sent.ok).toBe(true);
    await admin.runJobs();
    await queueStatus(ana, (sent as { queueId: string }).queueId);
    const { number } = (await ordersWithKey(form.key))[0]!;
    const read = (await getOrder(ana, number))!;
    expect([read.order.status, read.editable]).toEqual(["credit_blocked", true]);

    // A first edit moves the stamp; a second one still holding the old stamp must not overwrite it.
    const changed = { ...form, items: [{ ...form.items[0]!, quantity: 7 }] };
    const first = await submitOrder(ana, {
      draftId: randomUUID(),
      kind: "edit",
      orderNumber: number,
      stamp: read.order.stamp,
      customerName: "",
      form: changed,
    });
    expect(first.ok).toBe(true);
    await admin.runJobs();
    const stale = await submitOrder(ana, {
      draftId: randomUUID(),
      kind: "edit",
      orderNumber: number,
      stamp: read.order.stamp,
      customerName: "",
      form: changed,
    });
    expect(stale.ok === false && stale.reason).toBe("conflict");

    // Bruno: the order is not his, whatever the form says.
    const brunoEdit = await submitOrder(bruno, {
      draftId: randomUUID(),
      kind: "edit",
      orderNumber: number,
      stamp: read.order.stamp,
      customerName: "",
      form: changed,
    });
    expect(brunoEdit).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteOwnOrder(bruno, number, read.order.stamp)).toEqual({ ok: false, reason: "not_found" });
    const anaDraft = randomUUID();
    expect((await saveDraft(ana, { id: anaDraft, kind: "new", data: { ...form, customerName: "x" } })).ok).toBe(true);
    expect(await getDraft(bruno, anaDraft)).toBeNull();
    expect(await saveDraft(bruno, { id: anaDraft, kind: "new", data: { customer: "200001" } })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect((await getDraft(ana, anaDraft))?.data.customer).toBe(form.customer);

    // Ana deletes it with the current stamp: queued, then gone from the ERP and her list.
    await syncNow(ana);
    const current = (await getOrder(ana, number))!;
    const deleted = await deleteOwnOrder(ana, number, current.order.stamp);
    expect(deleted.ok).toBe(true);
    await admin.runJobs();
    expect((await queueStatus(ana, (deleted as { queueId: string }).queueId))?.item.status).toBe("done");
    expect(await ordersWithKey(form.key)).toHaveLength(0);
    expect((await listOrders(ana, orderQuerySchema.parse({ q: number }))).items.map((o) => o.number)).not.toContain(
      number,
    );
  });

  it("an edit keeps each item's own operation type (a bonificação line stays one)", async () => {
    const form = await sampleOrder(ana, { customer: "000002" });
    const mixed = { ...form, items: [form.items[0]!, { ...form.items[1]!, operationType: "02" }] };
    const sent = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "", form: mixed });
    expect(sent.ok).toBe(true);
    await admin.runJobs();
    await queueStatus(ana, (sent as { queueId: string }).queueId);
    const { number } = (await ordersWithKey(form.key))[0]!;
    const read = (await getOrder(ana, number))!;
    expect(read.order.items.map((i) => i.operationType.trim())).toEqual(["01", "02"]);

    const values = await formFromOrder(ana, read.order, "edit", await orderFormContext(ana));
    expect(values.operationType).toBe("01");
    expect(values.items.map((i) => i.operationType ?? "")).toEqual(["", "02"]);
    const edited = {
      ...values,
      key: form.key,
      items: values.items.map((i, n) => ({ ...i, quantity: n === 0 ? 4 : i.quantity })),
    } as OrderForm;
    const put = await submitOrder(ana, {
      draftId: randomUUID(),
      kind: "edit",
      orderNumber: number,
      stamp: read.order.stamp,
      customerName: "",
      form: edited,
    });
    expect(put.ok).toBe(true);
    await admin.runJobs();
    await syncNow(ana);
    const after = (await getOrder(ana, number))!;
    expect(after.order.items.map((i) => [i.quantity, i.operationType.trim()])).toEqual([
      [4, "01"],
      [form.items[1]!.quantity, "02"],
    ]);
    // An operation type the ERP does not know is refused before any call.
    const unknown = await submitOrder(ana, {
      draftId: randomUUID(),
      kind: "new",
      customerName: "",
      form: { ...form, key: `pgv-${randomUUID()}`, items: [{ ...form.items[0]!, operationType: "99" }] },
    });
    expect(unknown.ok === false && unknown.reason === "invalid" && unknown.fieldErrors["items.0.product"]).toBe(
      "unknown_operation",
    );
  });

  it("an invoiced order is locked: no edit, no delete", async () => {
    const invoiced = (await listOrders(ana, orderQuerySchema.parse({ status: "invoiced", pageSize: "5" }))).items[0]!;
    const view = (await getOrder(ana, invoiced.number))!;
    expect(view.editable).toBe(false);
    expect(await deleteOwnOrder(ana, invoiced.number, view.order.stamp)).toEqual({ ok: false, reason: "locked" });
    const form = await sampleOrder(ana, { customer: view.order.customer, store: view.order.store });
    expect(
      await submitOrder(ana, {
        draftId: randomUUID(),
        kind: "edit",
        orderNumber: invoiced.number,
        stamp: view.order.stamp,
        customerName: "",
        form,
      }),
    ).toEqual({ ok: false, reason: "locked" });
  });
});
