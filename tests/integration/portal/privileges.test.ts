import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { orderQuerySchema } from "@/lib/schemas/order-query";
import { login } from "@/server/auth/login";
import { forgetCachedSession, loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { queueStatus } from "@/server/services/order-queue";
import { submitOrder } from "@/server/services/order-submit";
import { listOrders } from "@/server/services/order-list";
import { getOrder } from "@/server/services/orders";
import { getDb } from "@/server/store/db";
import { sessions } from "@/server/store/schema";
import { admin, ordersWithKey, syncedViewer } from "./order-world";
import { resetWorld } from "./reset";
import { sampleOrder } from "./sample-order";
import { jar } from "./session-jar";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const orderActions = await import("@/server/actions/orders");
const quotationForm = await import("@/server/actions/quotation-form");
const quotationActions = await import("@/server/actions/quotations");
const registration = await import("@/server/actions/registration");
const contacts = await import("@/server/actions/contacts");
const { GET: ordersRoute } = await import("@/app/api/orders/route");
const { GET: prospectsRoute } = await import("@/app/api/prospects/route");
const { GET: customersRoute } = await import("@/app/api/customers/route");
const { GET: registrationQueueRoute } = await import("@/app/api/registration/[entity]/queue/[id]/route");
const { getViewer, requireSalesViewer } = await import("@/server/auth/viewer");

// Menu and action privileges (issue 19 item 5, sandbox/docs/privileges.md): read from the ERP at
// login, kept in the session, refreshed on use after 15 minutes; every denied action, route and page
// refuses on the server whatever the browser sends.

async function signIn(username: string): Promise<Viewer> {
  const result = await login({ alias: "demo", username, password: `${username}123` }, "10.41.0.9");
  if (!result.ok) throw new Error(result.failure);
  return viewerFromSession((await loadSession(result.sessionId))!);
}

/** The session cookie of the viewer a test plays, for the actions and route handlers. */
async function actAs(viewer: Viewer) {
  jar.clear();
  jar.set(
    "next-auth.session-token",
    await encode({ token: { sid: viewer.sessionId }, secret: process.env.AUTH_SECRET! }),
  );
}

/** The session's privileges become due for a refresh, as 16 minutes after they were read (the store's clock). */
async function ageSessionPrivileges(viewer: Viewer) {
  const db = await getDb();
  await db
    .update(sessions)
    .set({ privilegesCheckedAt: sql`now() - interval '16 minutes'` })
    .where(eq(sessions.id, viewer.sessionId));
  forgetCachedSession(viewer.sessionId);
}

const setProfile = (login: string, profile: string | null) =>
  fetch(`${admin.url}/__admin/privileges/users/${login}`, {
    method: "PUT",
    headers: { "x-sandbox-admin-key": inject("sandboxAdminKey"), "content-type": "application/json" },
    body: JSON.stringify({ profile }),
  }).then((res) => expect(res.status).toBe(200));

const DENIED = "O seu perfil de acesso no Protheus (VEND_CONSULTA) não permite esta operação.";
const forbidden = { ok: false, error: DENIED, code: "forbidden" };
const orderWrites = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/salesorders") && r.method !== "GET");

const get = (route: (req: Request, ctx: never) => Promise<Response> | Response, path: string, params?: object) =>
  route(new Request(`http://portal.test${path}`), { params: Promise.resolve(params ?? {}) } as never);

describe("privileges: login, actions, routes and pages (against the sandbox)", () => {
  let marcos: Viewer;
  let fernanda: Viewer;

  beforeAll(async () => {
    await resetWorld();
    marcos = await syncedViewer("marcos", "marcos123");
    fernanda = await signIn("fernanda");
  }, 120_000);

  beforeEach(async () => {
    await admin.faults([]);
    await admin.clearRequests();
  });

  afterAll(() => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "";
  });

  it("the login reads each rep's profile into the session; a rep without one is not restricted", async () => {
    expect(marcos.seller?.code).toBe("000003");
    expect(marcos.privileges).toEqual({
      profile: "VEND_CONSULTA",
      denied: [
        "orders.add",
        "orders.edit",
        "orders.delete",
        "prospects.view",
        "prospects.add",
        "prospects.edit",
        "prospects.delete",
      ],
    });
    expect([fernanda.seller?.code, fernanda.tenant.branch, fernanda.privileges]).toEqual([
      "000004",
      "02",
      { profile: "VEND_SEM_INDICADORES", denied: ["home.indicators"] },
    ]);
    expect((await signIn("bruno")).privileges).toBeNull();
  });

  it("the ERP without the endpoint (404) is no restriction; down is 'ERP unavailable'; any other failure refuses the login", async () => {
    const path = "/rest/api/tgv/privileges";
    await admin.faults([{ pathPrefix: path, kind: "status", status: 404 }]);
    expect((await signIn("marcos")).privileges).toBeNull();
    await admin.faults([{ pathPrefix: path, kind: "status", status: 500 }]);
    expect(await login({ alias: "demo", username: "marcos", password: "marcos123" }, "10.41.0.9")).toEqual({
      ok: false,
      failure: "ERP_UNAVAILABLE",
    });
    for (const fault of [
      { kind: "status", status: 403 },
      { kind: "malformed", status: 200 },
    ]) {
      await admin.faults([{ pathPrefix: path, ...fault }]);
      expect(await login({ alias: "demo", username: "marcos", password: "marcos123" }, "10.41.0.9")).toEqual({
        ok: false,
        failure: "PRIVILEGES_UNAVAILABLE",
      });
    }
  });

  it("marcos' denied actions answer forbidden and reach no ERP; the allowed ones run", async () => {
    await actAs(marcos);
    const draft = { id: randomUUID(), kind: "new", data: {} };
    const send = { draftId: randomUUID(), kind: "new", customerName: "", form: {} };
    // One of his own orders: the refusal is the profile's, not "not found".
    const own = (await listOrders(marcos, orderQuerySchema.parse({ pageSize: "5" }))).items[0]!;
    // Orders: no add, edit or delete (view stays).
    expect(await orderActions.saveOrderDraft(draft)).toEqual(forbidden);
    expect(await orderActions.saveOrderDraft({ ...draft, kind: "edit", orderNumber: "000001" })).toEqual(forbidden);
    expect(await orderActions.submitOrderAction(send)).toEqual(forbidden);
    expect(await orderActions.submitOrderAction({ ...send, kind: "edit", orderNumber: "000001" })).toEqual(forbidden);
    expect(await orderActions.applyDraftToSentOrderAction({ ...send, kind: "new" })).toEqual(forbidden);
    expect(await orderActions.deleteOrderAction({ number: own.number, stamp: "x" })).toEqual(forbidden);
    // A quotation's conversion makes an order.
    expect(await quotationActions.convertQuotationAction({ number: "000001" })).toEqual(forbidden);
    // Prospects: no menu, so nothing on them, nor on their contacts; a conversion makes a customer of one.
    expect(await registration.saveRegistrationDraft({ ...draft, document: "prospect" })).toEqual(forbidden);
    expect(
      await registration.submitRegistrationAction({ entity: "prospect", draftId: randomUUID(), kind: "new", form: {} }),
    ).toEqual(forbidden);
    expect(
      await registration.deleteRegistrationAction({ entity: "prospect", record: "000001/01", stamp: "x" }),
    ).toEqual(forbidden);
    expect(await registration.convertProspectAction({ record: "000001/01", stamp: "x" })).toEqual(forbidden);
    expect(
      await contacts.submitContactAction({
        draftId: randomUUID(),
        kind: "new",
        entity: { type: "prospect", code: "000001", store: "01" },
        form: {},
      }),
    ).toEqual(forbidden);
    expect(await orderWrites()).toEqual([]);

    // Allowed: quotations and customers as his role allows; what his profile keeps answers as before.
    expect(await quotationForm.saveQuotationDraft(draft)).toMatchObject({ ok: true });
    expect(
      await registration.saveRegistrationDraft({ ...draft, id: randomUUID(), document: "customer" }),
    ).toMatchObject({ ok: true });
    expect(await orderActions.discardOrderDraft({ id: randomUUID() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await orderActions.dismissPendingAction({ queueId: "nothing" })).toMatchObject({ code: "not_found" });
  });

  it("route handlers: 403 with the words for a denied record, the rest as before", async () => {
    await actAs(marcos);
    const prospects = await get(prospectsRoute, "/api/prospects");
    expect([prospects.status, await prospects.json()]).toEqual([403, { error: "forbidden", message: DENIED }]);
    const queue = await get(registrationQueueRoute, "/api/registration/prospect/queue/x", {
      entity: "prospect",
      id: "x",
    });
    expect(queue.status).toBe(403);
    expect(
      (await get(registrationQueueRoute, "/api/registration/customer/queue/x", { entity: "customer", id: "x" })).status,
    ).toBe(404);
    expect((await get(ordersRoute, "/api/orders")).status).toBe(200);
    expect((await get(customersRoute, "/api/customers")).status).toBe(200);
  });

  it("pages: a denied one is the 403 page (forbidden()), an allowed one opens", async () => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
    await actAs(marcos);
    for (const key of ["orders.add", "orders.edit", "prospects.view"] as const)
      await expect(requireSalesViewer(key), key).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect((await requireSalesViewer("orders.view")).login).toBe("marcos");
    await actAs(fernanda);
    await expect(requireSalesViewer("home.indicators")).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;403",
    });
    expect((await requireSalesViewer("orders.add")).login).toBe("fernanda");
  });

  it("a profile changed in the ERP takes effect at the next refresh: ana's open order, deletable, is refused and then deleted", async () => {
    const ana = await syncedViewer("ana", "ana123");
    // 000002: risk B with a title overdue, so the order stays blocked by credit — editable, deletable.
    const form = await sampleOrder(ana, { customer: "000002" });
    const sent = await submitOrder(ana, { draftId: randomUUID(), kind: "new", customerName: "", form });
    expect(sent.ok).toBe(true);
    await admin.runJobs();
    await queueStatus(ana, (sent as { queueId: string }).queueId);
    const { number } = (await ordersWithKey(form.key))[0]!;
    const read = (await getOrder(ana, number))!;
    expect(read.editable).toBe(true);

    await setProfile("ana", "VEND_CONSULTA");
    await actAs(ana);
    // Read 15 minutes ago at most: the session still holds what the login read.
    expect((await getViewer())!.privileges).toBeNull();

    await ageSessionPrivileges(ana);
    await admin.clearRequests();
    expect(await orderActions.deleteOrderAction({ number, stamp: read.order.stamp })).toEqual(forbidden);
    expect(await orderWrites()).toEqual([]);
    expect((await getViewer())!.privileges?.profile).toBe("VEND_CONSULTA");

    // The refresh failing keeps what the session holds, and tries again a minute later.
    await setProfile("ana", null);
    await ageSessionPrivileges(ana);
    await admin.faults([{ pathPrefix: "/rest/api/tgv/privileges", kind: "status", status: 500 }]);
    expect(await orderActions.deleteOrderAction({ number, stamp: read.order.stamp })).toEqual(forbidden);
    const db = await getDb();
    const [row] = await db
      .select({ due: sql<boolean>`${sessions.privilegesCheckedAt} < now() - interval '13 minutes'` })
      .from(sessions)
      .where(eq(sessions.id, ana.sessionId));
    expect(row!.due).toBe(true);

    await admin.faults([]);
    await ageSessionPrivileges(ana);
    const deleted = await orderActions.deleteOrderAction({ number, stamp: read.order.stamp });
    expect(deleted).toMatchObject({ ok: true });
    expect((await orderWrites()).map((r) => r.method)).toEqual(["DELETE"]);
  });
});
