import { and, eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/quotations/export/route";
import { GET as listRoute } from "@/app/api/quotations/route";
import { formatDocument } from "@/lib/br-documents";
import { addDays } from "@/lib/dates";
import { EXPIRING_DAYS } from "@/lib/quotation-query-options";
import { quotationQuerySchema } from "@/lib/schemas/quotation-query";
import type { QuotationListItem, QuotationPage } from "@/lib/types/quotation";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { exportQuotations, listQuotations } from "@/server/services/quotation-list";
import { getDb } from "@/server/store/db";
import { quotations } from "@/server/store/schema";
import { syncNow } from "@/server/sync/orchestrator";
import { scopeOf } from "@/server/sync/scope";
import { api, listPrice, session } from "../sandbox/orders-client";
import { createQuotation, quotationBody, type Quotation } from "../sandbox/quotations-client";
import { twoSellers } from "./order-world";
import { seededQuotations, type SeededQuotations } from "./quotation-world";
import { jar } from "./session-jar";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

const query = (q: Record<string, string> = {}) => quotationQuerySchema.parse(q);
const numbers = (items: QuotationListItem[]) => items.map((q) => q.number);
const all = (viewer: Viewer, q: Record<string, string> = {}) =>
  listQuotations(viewer, query({ pageSize: "100", ...q }));

/** The seller's quotations as the ERP lists them now (its own seller scoping, its derived statuses). */
async function erpQuotations(user: string, password: string): Promise<Quotation[]> {
  const res = await api<{ items: Quotation[] }>(await session(user, password), "GET", "/quotations?pageSize=100");
  return res.body.items.filter((q) => !q.deleted);
}
const numbersOf = (rows: Quotation[], keep: (q: Quotation) => boolean = () => true) =>
  rows.filter(keep).map((q) => q.number);
/** The seeded showcase with this number, as the ERP lists it (quotation-world.ts reads the numbers by their keys). */
const byNumber = (rows: Quotation[], number: string) => rows.find((q) => q.number === number)!;

/** The route handlers read the session from the cookie, as the browser sends it. */
async function actAs(viewer: Viewer) {
  jar.clear();
  jar.set(
    "next-auth.session-token",
    await encode({ token: { sid: viewer.sessionId }, secret: process.env.AUTH_SECRET! }),
  );
}
const request = (path: string) => new Request(`http://portal.test${path}`);

describe("Meus orçamentos (service and routes over the synced store)", () => {
  const sellers = twoSellers();
  const today = businessToday();
  /** Quotations ana saves in the ERP for this file, by days of validity left. */
  const made: Record<number, Quotation> = {};
  /** Each seller's quotations in the ERP (numbers follow the seeded dates: with the suite's date bruno's are 000001 and 000006). */
  let anas: Quotation[] = [];
  let brunos: Quotation[] = [];
  /** The seeded showcases' numbers (sandbox/docs/quotations.md). */
  let seeded: SeededQuotations;

  beforeAll(async () => {
    seeded = await seededQuotations();
    const ana = await session("ana", "ana123");
    const price = await listPrice(ana, "P00001");
    // Valid until today, the last expiring day and the first day past the expiring window.
    for (const [days, quantity] of [
      [0, 1],
      [EXPIRING_DAYS, 4],
      [EXPIRING_DAYS + 1, 9],
    ] as const)
      made[days] = await createQuotation(
        ana,
        quotationBody("000012", [{ product: "P00001", quantity, price }], { validity: addDays(today, days) }),
      );
    expect((await syncNow(sellers.ana)).ready).toBe(true);
    [anas, brunos] = [await erpQuotations("ana", "ana123"), await erpQuotations("bruno", "bruno123")];
    // Every status of ana's showcases is there, and bruno has quotations of his own.
    expect(new Set(anas.map((q) => q.status))).toEqual(new Set(["open", "expired", "converted", "cancelled"]));
    expect(brunos.map((q) => q.status).sort()).toEqual(["expired", "open"]);
  }, 60_000);

  // Risk: one seller seeing another's quotations (or a deleted one) in the list.
  it("lists each seller's own quotations as the ERP has them, newest first, never the other seller's", async () => {
    const mine = await all(sellers.ana);
    expect(numbers(mine.items)).toEqual(numbersOf(anas));
    expect(mine.total).toBe(anas.length);
    expect(numbers(mine.items)).toEqual(expect.arrayContaining(Object.values(made).map((q) => q.number)));
    expect(mine.items.every((q) => q.customerName.length > 0 && q.items > 0)).toBe(true);
    expect(numbers(mine.items)).not.toContain(seeded.anaDeleted);

    const his = await all(sellers.bruno);
    expect(numbers(his.items)).toEqual(numbersOf(brunos));
    for (const q of brunos) expect(numbers(mine.items)).not.toContain(q.number);
    for (const q of anas) expect(numbers(his.items)).not.toContain(q.number);
    // Searching the other seller's numbers finds nothing of theirs.
    for (const q of brunos) expect(numbers((await all(sellers.ana, { q: q.number })).items)).not.toContain(q.number);
    for (const q of anas) expect(numbers((await all(sellers.bruno, { q: q.number })).items)).not.toContain(q.number);
  });

  it("searches by quotation number and by the customer's name, code and masked CPF/CNPJ", async () => {
    const expired = byNumber(anas, seeded.anaExpired);
    expect(numbers((await all(sellers.ana, { q: expired.number })).items)).toEqual([expired.number]);

    const open = (await all(sellers.ana, { q: seeded.anaOpen })).items.find((q) => q.number === seeded.anaOpen)!;
    expect(open.customer).toBe("000012");
    const sameCustomer = numbersOf(anas, (q) => q.customer === "000012");
    expect(sameCustomer.length).toBeGreaterThan(1);
    const byName = await all(sellers.ana, { q: open.customerName.slice(0, 12) });
    expect(numbers(byName.items)).toEqual(expect.arrayContaining(sameCustomer));
    expect(numbers(byName.items)).not.toContain(expired.number);

    const byDocument = await all(sellers.ana, { q: formatDocument(open.customerDocument) });
    expect(byDocument.items.every((q) => q.customerDocument === open.customerDocument)).toBe(true);
    expect(numbers(byDocument.items).sort()).toEqual(sameCustomer.sort());
  });

  it("filters by status as the ERP words them; expired comes from the business date, also on a copy synced while open", async () => {
    const byStatus = async (status: string) => (await all(sellers.ana, { status })).items;
    for (const status of ["open", "expired", "converted", "cancelled"])
      expect(numbers(await byStatus(status)), status).toEqual(numbersOf(anas, (q) => q.status === status));
    const [converted] = await byStatus("converted");
    expect(converted!.order).toMatch(/^\d{6}$/);
    expect(converted!.order).toBe(anas.find((q) => q.status === "converted")!.order);
    const expired = byNumber(anas, seeded.anaExpired);
    expect(numbers(await byStatus("expired"))).toEqual([expired.number]);
    expect(expired.validity < today).toBe(true);
    expect((await byStatus("open")).every((q) => q.validity! >= today)).toBe(true);
    expect(numbers(await byStatus("open,expired"))).toEqual(
      numbersOf(anas, (q) => q.status === "open" || q.status === "expired"),
    );

    // The store keeps the status of the sync; a quotation whose validity passed since reads as expired.
    const db = await getDb();
    const row = and(eq(quotations.scope, scopeOf(sellers.ana)), eq(quotations.number, expired.number));
    await db.update(quotations).set({ status: "open" }).where(row);
    try {
      expect(numbers(await byStatus("expired"))).toEqual([expired.number]);
      expect((await all(sellers.ana, { q: expired.number })).items[0]!.status).toBe("expired");
      expect(numbers(await byStatus("open"))).not.toContain(expired.number);
    } finally {
      await db.update(quotations).set({ status: "expired" }).where(row);
    }
  });

  it("filters by validity: valid, expiring (open, at most 7 more days, today included) and expired", async () => {
    const byValidity = async (validity: string) => numbers((await all(sellers.ana, { validity })).items);
    const expiring = numbersOf(anas, (q) => q.status === "open" && q.validity <= addDays(today, EXPIRING_DAYS));
    expect(expiring.sort()).toEqual([made[0]!.number, made[EXPIRING_DAYS]!.number].sort());
    expect((await byValidity("expiring")).sort()).toEqual(expiring);
    expect(await byValidity("valid")).toEqual(numbersOf(anas, (q) => q.status === "open"));
    expect(await byValidity("valid")).toContain(made[EXPIRING_DAYS + 1]!.number);
    expect(await byValidity("expired")).toEqual(numbersOf(anas, (q) => q.status === "expired"));
    // With the status filter too: an expiring quotation is open.
    expect(numbers((await all(sellers.ana, { validity: "expiring", status: "expired" })).items)).toEqual([]);
  });

  it("filters by issue date and sorts by total both ways, and by validity", async () => {
    const mine = (await all(sellers.ana)).items;
    const issued = await all(sellers.ana, { from: today, to: today });
    expect(numbers(issued.items).sort()).toEqual(numbers(mine.filter((q) => q.issueDate === today)).sort());
    expect(issued.items.length).toBe(Object.keys(made).length);

    const up = (await all(sellers.ana, { sort: "total", dir: "asc" })).items.map((q) => q.total);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = (await all(sellers.ana, { sort: "total", dir: "desc" })).items.map((q) => q.total);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(new Set(up).size).toBeGreaterThan(2);
    const validity = (await all(sellers.ana, { sort: "validity", dir: "asc" })).items.map((q) => q.validity!);
    expect(validity).toEqual([...validity].sort());
  });

  it("pages: the pages together are the whole list, in order", async () => {
    const whole = await all(sellers.ana, { sort: "total", dir: "desc" });
    expect(whole.total).toBeGreaterThan(5);
    const first = await listQuotations(sellers.ana, query({ sort: "total", dir: "desc", pageSize: "5" }));
    const second = await listQuotations(sellers.ana, query({ sort: "total", dir: "desc", pageSize: "5", page: "2" }));
    expect(first.items).toHaveLength(5);
    expect([first.total, second.total]).toEqual([whole.total, whole.total]);
    expect([...first.items, ...second.items].map((q) => q.id)).toEqual(whole.items.slice(0, 10).map((q) => q.id));
    expect(second.page).toBe(2);
  });

  it("the routes answer the viewer's list, refuse an unknown status or an inverted range, and export the list's order", async () => {
    await actAs(sellers.ana);
    const listed = await listRoute(request("/api/quotations?sort=total&dir=desc&pageSize=100"));
    expect(listed.status).toBe(200);
    const page = (await listed.json()) as QuotationPage;
    expect(numbers(page.items)).toEqual(numbers((await all(sellers.ana, { sort: "total", dir: "desc" })).items));

    const unknown = await listRoute(request("/api/quotations?status=approved"));
    expect(unknown.status).toBe(400);
    const { fieldErrors } = (await unknown.json()) as { fieldErrors: Record<string, string> };
    expect(Object.keys(fieldErrors).map((k) => k.split(".")[0])).toEqual(["status"]);
    expect((await exportRoute(request("/api/quotations/export?validity=soon"))).status).toBe(400);
    expect(quotationQuerySchema.safeParse({ from: "2026-11-10", to: "2026-11-01" }).success).toBe(false);
    const inverted = await listRoute(request(`/api/quotations?from=${today}&to=${addDays(today, -1)}`));
    expect(inverted.status).toBe(400);

    const csv = await exportRoute(request("/api/quotations/export?sort=total&dir=desc"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="orcamentos-${today}.csv"`);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Orçamento;Emissão;Validade;Cliente;Loja;Nome;CPF/CNPJ;Situação;Itens;Total;Pedido");
    expect(lines.slice(1).map((l) => l.split(";")[0])).toEqual(numbers(page.items));
    expect(lines.find((l) => l.startsWith(`${seeded.anaExpired};`))).toContain(";Vencido;");
    const exported = await exportQuotations(sellers.ana, query({ sort: "total", dir: "desc" }));
    expect(exported.map((q) => q.id)).toEqual(page.items.map((q) => q.id));

    // bruno's export holds his quotations only.
    await actAs(sellers.bruno);
    const his = (await (await exportRoute(request("/api/quotations/export"))).text()).split("\r\n").slice(1, -1);
    expect(his.map((l) => l.split(";")[0])).toEqual(numbersOf(brunos));
    jar.clear();
    expect((await listRoute(request("/api/quotations"))).status).toBe(401);
  });
});
