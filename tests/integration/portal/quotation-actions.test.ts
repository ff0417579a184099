import { and, eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { formatFor } from "@/lib/format";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { getDb } from "@/server/store/db";
import { quotations } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { listNotifications } from "@/server/services/notifications";
import { getOrder } from "@/server/services/orders";
import { convertOwnQuotation, deleteOwnQuotation } from "@/server/services/quotation-actions";
import { quotationQueueStatus } from "@/server/services/quotation-queue";
import { getQuotation, ownQuotation } from "@/server/services/quotations";
import { quotationTaxes } from "@/server/services/taxes";
import { admin, twoSellers } from "./order-world";
import { id, seededQuotations, type SeededQuotations } from "./quotation-world";
import { jar } from "./session-jar";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/server/actions/quotations");
const { GET: queueRoute } = await import("@/app/api/quotations/queue/[id]/route");
const { GET: taxesRoute } = await import("@/app/api/quotations/[number]/taxes/route");

/** The session cookie of the viewer a test plays, for the actions and route handlers. */
async function actAs(viewer: Viewer) {
  jar.clear();
  jar.set(
    "next-auth.session-token",
    await encode({ token: { sid: viewer.sessionId }, secret: process.env.AUTH_SECRET! }),
  );
}

/** The sandbox's job: `hold` keeps queued items waiting (a pending operation), `release` lets it run again. */
const job = async (action: "hold" | "release") => {
  const res = await fetch(`${admin.url}/__admin/jobs/${action}`, {
    method: "POST",
    headers: { "x-sandbox-admin-key": inject("sandboxAdminKey") },
  });
  expect(res.ok).toBe(true);
};

/** What the portal asked of the ERP's quotation API (reads and writes) since the log was cleared. */
const quotationRequests = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/quotations"));

// The quotation page's service side (sandbox/docs/quotations.md showcases, read by their keys: numbers
// follow the business date): ana's open quotation that converts to a released order, her expired one,
// bruno's open one. Another seller's quotation is "not found" at every door, before the ERP is asked.
// The tests run in order: the conversion of ana's open one is what the later ones find.
describe("quotation page: read, convert, delete, queue (services and routes against the sandbox)", () => {
  const sellers = twoSellers();
  const f = formatFor("pt-BR");
  let seeded: SeededQuotations;
  beforeAll(async () => {
    seeded = await seededQuotations();
  });

  it("ana's open quotation is read online with its items and names, and may be converted or changed; bruno gets nothing", async () => {
    const view = (await getQuotation(sellers.ana, seeded.anaOpen))!;
    expect(view.source).toBe("erp");
    expect(view.quotation.status).toBe("open");
    expect([view.editable, view.convertible]).toEqual([true, true]);
    expect(view.quotation.items.map((i) => [i.product.trim(), i.quantity, i.discount > 0])).toEqual([
      ["P00001", 3, false],
      ["P00002", 2, true],
    ]);
    expect(view.names.paymentCondition).not.toBe("");
    expect(view.names.priceList).not.toBe("");
    expect(view.customer?.code.trim()).toBe("000012");

    await admin.clearRequests();
    expect(await getQuotation(sellers.bruno, seeded.anaOpen)).toBeNull();
    expect(await getQuotation(sellers.ana, seeded.brunoOpen)).toBeNull();
    // The store says whose it is: the ERP is not even asked.
    expect(await quotationRequests()).toEqual([]);
  });

  it("the ERP's taxes of ana's quotation, through the service and its route; bruno's is a 404; the ERP down is a 503", async () => {
    const { quotation } = (await getQuotation(sellers.ana, seeded.anaOpen))!;
    const taxes = (await quotationTaxes(sellers.ana, seeded.anaOpen))!;
    expect(taxes.lines.map((l) => l.product)).toEqual(quotation.items.map((i) => i.product.trim()));
    expect(taxes.totals.goods).toBeGreaterThan(0);
    expect(taxes.totals.total).toBe(taxes.totals.goods + taxes.totals.freight + taxes.totals.ipi + taxes.totals.st);
    expect(await quotationTaxes(sellers.bruno, seeded.anaOpen)).toBeNull();

    await actAs(sellers.ana);
    const own = await taxesRoute(new Request(`http://portal.test/api/quotations/${seeded.anaOpen}/taxes`), {
      params: Promise.resolve({ number: seeded.anaOpen }),
    });
    expect(own.status).toBe(200);
    expect(((await own.json()) as typeof taxes).totals.total).toBe(taxes.totals.total);
    await admin.faults([{ pathPrefix: "/rest/api/fat/v1/SalesTaxes", kind: "status", status: 503 }]);
    const down = await taxesRoute(new Request(`http://portal.test/api/quotations/${seeded.anaOpen}/taxes`), {
      params: Promise.resolve({ number: seeded.anaOpen }),
    });
    expect([down.status, await down.json()]).toEqual([503, { error: "erp_unavailable" }]);

    await actAs(sellers.bruno);
    const other = await taxesRoute(new Request(`http://portal.test/api/quotations/${seeded.anaOpen}/taxes`), {
      params: Promise.resolve({ number: seeded.anaOpen }),
    });
    expect(other.status).toBe(404);
  });

  it("bruno cannot convert or delete ana's quotation: not found, and nothing reaches the ERP", async () => {
    expect(await convertOwnQuotation(sellers.bruno, seeded.anaOpen)).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteOwnQuotation(sellers.bruno, seeded.anaOpen)).toEqual({ ok: false, reason: "not_found" });
    await actAs(sellers.bruno);
    const notFound = {
      ok: false,
      error: "Orçamento não encontrado entre os seus orçamentos nesta filial.",
      code: "not_found",
    };
    expect(await actions.convertQuotationAction({ number: seeded.anaOpen })).toEqual(notFound);
    expect(await actions.deleteQuotationAction({ number: seeded.anaOpen })).toEqual(notFound);
    expect(await actions.convertQuotationAction({ number: "../x" })).toEqual(notFound);
    expect(await quotationRequests()).toEqual([]);
    expect((await getQuotation(sellers.ana, seeded.anaOpen))?.quotation.status).toBe("open");
  });

  it("an expired quotation is refused in the portal's words, before the ERP is asked", async () => {
    const { quotation } = (await getQuotation(sellers.ana, seeded.anaExpired))!;
    expect([quotation.status, quotation.validity! < businessToday()]).toEqual(["expired", true]);
    await admin.clearRequests();
    expect(await convertOwnQuotation(sellers.ana, seeded.anaExpired)).toEqual({
      ok: false,
      reason: "expired",
      validity: quotation.validity,
    });
    await actAs(sellers.ana);
    expect(await actions.convertQuotationAction({ number: seeded.anaExpired })).toEqual({
      ok: false,
      error: `Orçamento ${seeded.anaExpired} vencido em ${f.date(quotation.validity)}: altere a validade antes de efetivar.`,
      code: "locked",
    });
    expect(await quotationRequests()).toEqual([]);
  });

  it("ana converts her open quotation: followed through the queue (never by bruno), then the order exists and the quotation names it; again is refused", async () => {
    await job("hold");
    let queueId = "";
    try {
      await actAs(sellers.ana);
      const sent = await actions.convertQuotationAction({ number: seeded.anaOpen });
      if (!sent.ok) throw new Error(sent.error);
      queueId = sent.data.queueId;
      const waiting = (await quotationQueueStatus(sellers.ana, queueId))!;
      expect(waiting).toMatchObject({
        item: { operation: "convert", status: "waiting" },
        quotationNumber: seeded.anaOpen,
        orderNumber: null,
      });

      // A second convert while the first waits: the ERP's 409, in its own words.
      const pending = await convertOwnQuotation(sellers.ana, seeded.anaOpen);
      expect(pending).toMatchObject({ ok: false, reason: "conflict" });
      expect((pending as { message: string }).message).toContain(
        `operação pendente para o orçamento ${seeded.anaOpen}`,
      );

      // Bruno holding ana's queue id learns nothing, and the ERP is not asked for it.
      await admin.clearRequests();
      expect(await quotationQueueStatus(sellers.bruno, queueId)).toBeNull();
      await actAs(sellers.bruno);
      const brunos = await queueRoute(new Request(`http://portal.test/api/quotations/queue/${queueId}`), {
        params: Promise.resolve({ id: queueId }),
      });
      expect(brunos.status).toBe(404);
      expect(await quotationQueueStatus(sellers.ana, "not-a-queue-id")).toBeNull();
      expect((await admin.requests()).items.filter((r) => r.path.includes("quotationsqueue"))).toEqual([]);
    } finally {
      await job("release");
    }
    await admin.runJobs();

    await actAs(sellers.ana);
    const route = await queueRoute(new Request(`http://portal.test/api/quotations/queue/${queueId}`), {
      params: Promise.resolve({ id: queueId }),
    });
    expect(route.status).toBe(200);
    const done = (await route.json()) as Awaited<ReturnType<typeof quotationQueueStatus>>;
    expect(done?.item.status).toBe("done");
    const orderNumber = done!.orderNumber!;
    expect(orderNumber).toMatch(/^\d{6}$/);
    expect(done!.item.message).toContain(`efetivado no pedido ${orderNumber}`);

    // The store already holds what the next pages read: the order, the converted quotation, the bell's notice.
    const order = (await getOrder(sellers.ana, orderNumber))!;
    expect(order.order.items.map((i) => [i.product.trim(), i.quantity])).toEqual([
      ["P00001", 3],
      ["P00002", 2],
    ]);
    const stored = (await ownQuotation(sellers.ana, seeded.anaOpen))!;
    expect([stored.status, stored.order.trim()]).toEqual(["converted", orderNumber]);
    const notices = (await listNotifications(sellers.ana)).items.filter(
      (n) => n.type === "quotation" && n.recordKey === id(seeded.anaOpen),
    );
    expect(notices.map((n) => n.movement)).toContain(4);
    const view = (await getQuotation(sellers.ana, seeded.anaOpen))!;
    expect([view.editable, view.convertible]).toEqual([false, false]);
    expect(view.history.map((h) => [h.operation, h.status])).toContainEqual(["convert", "done"]);

    // Again: the portal knows it is converted, and says into which order.
    await admin.clearRequests();
    expect(await actions.convertQuotationAction({ number: seeded.anaOpen })).toEqual({
      ok: false,
      error: `Orçamento ${seeded.anaOpen} já efetivado no pedido ${orderNumber}.`,
      code: "locked",
    });
    expect(await actions.deleteQuotationAction({ number: seeded.anaOpen })).toMatchObject({
      ok: false,
      error: `Orçamento ${seeded.anaOpen} já efetivado no pedido ${orderNumber}: não pode ser alterado nem excluído.`,
    });
    expect(await quotationRequests()).toEqual([]);

    // A store behind the ERP (still "open" here): the ERP's 422 comes back in its own words.
    const db = await getDb();
    const mine = and(eq(quotations.scope, scopeOf(sellers.ana)), eq(quotations.id, id(seeded.anaOpen)));
    await db
      .update(quotations)
      .set({ status: "open", data: sql`jsonb_set(${quotations.data}, '{status}', '"open"')` })
      .where(mine);
    const behind = await actions.convertQuotationAction({ number: seeded.anaOpen });
    expect(behind).toMatchObject({ ok: false, code: "rejected" });
    expect((behind as { error: string }).error).toContain(`já efetivado no pedido ${orderNumber}`);
  });

  it("deletes: bruno his open quotation, ana her expired one; each is gone from the store once the queue finished", async () => {
    for (const [viewer, number] of [
      [sellers.bruno, seeded.brunoOpen],
      [sellers.ana, seeded.anaExpired],
    ] as const) {
      expect((await ownQuotation(viewer, number))?.status).toMatch(/^(open|expired)$/);
      await actAs(viewer);
      const sent = await actions.deleteQuotationAction({ number });
      if (!sent.ok) throw new Error(sent.error);
      await admin.runJobs();
      const done = (await quotationQueueStatus(viewer, sent.data.queueId))!;
      expect([done.item.operation, done.item.status, done.quotationNumber, done.orderNumber]).toEqual([
        "delete",
        "done",
        number,
        null,
      ]);
      expect(await ownQuotation(viewer, number)).toBeNull();
      expect(await getQuotation(viewer, number)).toBeNull();
    }
  });
});
