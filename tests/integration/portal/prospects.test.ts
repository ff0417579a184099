import { and, eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listRoute } from "@/app/api/prospects/route";
import { formatDocument } from "@/lib/br-documents";
import { maskDocument } from "@/lib/mask";
import { toCents } from "@/lib/money";
import { prospectQuerySchema } from "@/lib/schemas/prospect-query";
import { toProspectStatus, type ProspectListItem, type ProspectPage } from "@/lib/types/prospect";
import type { Viewer } from "@/server/auth/viewer";
import { getProspect, listProspects, ownProspect, prospectUfs } from "@/server/services/prospects";
import { getDb } from "@/server/store/db";
import { quotations } from "@/server/store/schema";
import { syncNow } from "@/server/sync/orchestrator";
import { scopeOf } from "@/server/sync/scope";
import { api, listPrice, session } from "../sandbox/orders-client";
import { createQuotation, quotationBody, type Quotation } from "../sandbox/quotations-client";
import { admin, twoSellers } from "./order-world";
import { jar } from "./session-jar";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

/** A prospect as `GET prospects` answers it (sandbox/docs/registration.md "Prospects (SUS)"). */
type WireProspect = {
  id: string;
  code: string;
  store: string;
  name: string;
  fantasy: string;
  personType: string;
  cgc: string;
  city: string;
  uf: string;
  vendor: string;
  status: string;
  customer: string | null;
  customerstore: string | null;
  inclusionDate: string;
  deleted?: boolean;
};

const query = (q: Record<string, string> = {}) => prospectQuerySchema.parse(q);
const all = (viewer: Viewer, q: Record<string, string> = {}) => listProspects(viewer, query({ pageSize: "100", ...q }));
const ids = (items: { id: string }[]) => items.map((p) => p.id);
const sorted = (values: string[]) => [...values].sort();

/** The seller's live prospects as the ERP lists them now (its own seller scoping). */
async function erpProspects(user: string, password: string): Promise<WireProspect[]> {
  const res = await api<{ items: WireProspect[] }>(await session(user, password), "GET", "/prospects?pageSize=100");
  expect(res.status).toBe(200);
  return res.body.items.filter((p) => !p.deleted);
}

/** The route handlers read the session from the cookie, as the browser sends it. */
async function actAs(viewer: Viewer) {
  jar.clear();
  jar.set(
    "next-auth.session-token",
    await encode({ token: { sid: viewer.sessionId }, secret: process.env.AUTH_SECRET! }),
  );
}
const request = (path: string) => new Request(`http://portal.test${path}`);

/** What the portal asked of the ERP's prospect API since the log was cleared. */
const prospectRequests = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/prospects"));

// "Meus prospects" over the synced store and the prospect page's live read, against the sandbox's
// seeded prospects (sandbox/docs/data.md): ana's company, person, standby and converted ones, bruno's own.
describe("Meus prospects (service and route over the synced store, the prospect page's read)", () => {
  const sellers = twoSellers();
  let anas: WireProspect[] = [];
  let brunos: WireProspect[] = [];
  const byCode = (rows: WireProspect[], code: string) => rows.find((p) => p.code === code)!;
  /** ana's quotation for her prospect 000001 (CJ_PROSPE) and one for a customer. */
  let forProspect: Quotation;
  let forCustomer: Quotation;

  beforeAll(async () => {
    const ana = await session("ana", "ana123");
    const price = await listPrice(ana, "P00001");
    const items = [{ product: "P00001", quantity: 2, price }];
    const { customer: _c, store: _s, ...body } = quotationBody("000012", items);
    forProspect = await createQuotation(ana, { ...body, prospect: "000001", prospectstore: "01" });
    forCustomer = await createQuotation(ana, quotationBody("000012", items));
    expect((await syncNow(sellers.ana)).ready).toBe(true);
    [anas, brunos] = [await erpProspects("ana", "ana123"), await erpProspects("bruno", "bruno123")];
    // The showcases this file relies on: a company, a natural person, a converted one; bruno has his own.
    expect(anas.map((p) => p.personType).sort()).toEqual(expect.arrayContaining(["F", "J"]));
    expect(anas.filter((p) => p.status === "6")).toHaveLength(1);
    expect(brunos.length).toBeGreaterThan(0);
  }, 60_000);

  // Risk: one seller seeing another's prospects in the list or its search.
  it("lists each seller's own prospects as the ERP has them, by name; never the other seller's", async () => {
    const mine = await all(sellers.ana);
    expect(sorted(ids(mine.items))).toEqual(sorted(anas.map((p) => p.id)));
    expect(mine.total).toBe(anas.length);
    expect(mine.syncedAt).not.toBeNull();

    const his = await all(sellers.bruno);
    expect(sorted(ids(his.items))).toEqual(sorted(brunos.map((p) => p.id)));
    expect(ids(his.items)).not.toEqual(ids(mine.items));
    for (const p of anas) expect(ids(his.items)).not.toContain(p.id);
    for (const p of brunos) expect(ids(mine.items)).not.toContain(p.id);
    // Searching the other seller's names or codes finds nothing of theirs.
    for (const p of brunos) {
      expect(ids((await all(sellers.ana, { q: p.name.slice(0, 10) })).items)).not.toContain(p.id);
      expect(ids((await all(sellers.ana, { q: p.code })).items)).not.toContain(p.id);
    }
    for (const p of anas) expect(ids((await all(sellers.bruno, { q: p.name.slice(0, 10) })).items)).not.toContain(p.id);
  });

  it("shows a natural person's CPF masked and a company's CNPJ whole; statuses in words", async () => {
    const mine = (await all(sellers.ana)).items;
    const item = (code: string) => mine.find((p) => p.code === code)!;
    const person = anas.find((p) => p.personType === "F" && p.cgc)!;
    const company = anas.find((p) => p.personType === "J" && p.cgc)!;
    expect(item(person.code).document).toBe(maskDocument(person.cgc));
    expect(item(person.code).document).toContain("*");
    expect(JSON.stringify(mine)).not.toContain(person.cgc);
    expect(item(company.code).document).toBe(formatDocument(company.cgc));
    for (const p of anas) expect(item(p.code).status).toBe(toProspectStatus(p.status));
  });

  it("searches by name (without accents), trade name, code, CPF/CNPJ with or without mask, and city", async () => {
    const found = async (q: string) => ids((await all(sellers.ana, { q })).items);
    const company = anas.find((p) => p.personType === "J" && p.cgc && /[áéíóúâêôãõç]/i.test(p.name))!;
    const plain = company.name
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
    expect(await found(plain.slice(0, 12))).toContain(company.id);
    expect(await found(company.fantasy.slice(0, 8))).toContain(company.id);
    expect(await found(formatDocument(company.cgc))).toEqual([company.id]);
    expect(await found(company.cgc)).toEqual([company.id]);
    const person = anas.find((p) => p.personType === "F" && p.cgc)!;
    expect(await found(person.cgc)).toEqual([person.id]);
    const standby = byCode(anas, "000003");
    expect(await found("000003")).toEqual([standby.id]);
    const inCity = anas.filter((p) => p.city === standby.city).map((p) => p.id);
    expect(sorted(await found(standby.city))).toEqual(sorted(inCity));
    expect(await found("nada-que-exista")).toEqual([]);
  });

  it("filters by status (still a prospect / converted) and UF, and sorts", async () => {
    const converted = anas.find((p) => p.status === "6")!;
    const [item] = (await all(sellers.ana, { status: "converted" })).items as [ProspectListItem];
    expect(item.id).toBe(converted.id);
    expect(item.customer).toEqual({ code: converted.customer, store: converted.customerstore });
    expect(sorted(ids((await all(sellers.ana, { status: "open" })).items))).toEqual(
      sorted(anas.filter((p) => p.status !== "6").map((p) => p.id)),
    );

    const ufs = await prospectUfs(sellers.ana);
    expect(ufs).toEqual(sorted([...new Set(anas.map((p) => p.uf).filter(Boolean))]));
    for (const uf of ufs)
      expect(sorted(ids((await all(sellers.ana, { uf: uf.toLowerCase() })).items))).toEqual(
        sorted(anas.filter((p) => p.uf === uf).map((p) => p.id)),
      );
    expect((await prospectUfs(sellers.bruno)).every((uf) => brunos.some((p) => p.uf === uf))).toBe(true);

    const newest = (await all(sellers.ana, { sort: "inclusionDate", dir: "desc" })).items.map((p) => p.inclusionDate!);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(new Set(newest).size).toBeGreaterThan(2);
    const codes = (await all(sellers.ana, { sort: "code", dir: "desc" })).items.map((p) => p.code);
    expect(codes).toEqual(sorted(anas.map((p) => p.code)).reverse());
  });

  it("ownProspect: the viewer's own prospect, null for another seller's or a malformed key", async () => {
    const mine = byCode(anas, "000001");
    expect((await ownProspect(sellers.ana, mine.code, mine.store))?.id).toBe(mine.id);
    expect(await ownProspect(sellers.bruno, mine.code, mine.store)).toBeNull();
    const his = brunos[0]!;
    expect(await ownProspect(sellers.ana, his.code, his.store)).toBeNull();
    expect((await ownProspect(sellers.bruno, his.code, his.store))?.id).toBe(his.id);
    expect(await ownProspect(sellers.ana, "../x", "01")).toBeNull();
    expect(await ownProspect(sellers.ana, mine.code, "0001")).toBeNull();
  });

  it("the prospect page reads the ERP now, with the customer it became and its quotations; bruno gets nothing", async () => {
    const converted = anas.find((p) => p.status === "6")!;
    const view = (await getProspect(sellers.ana, converted.code, converted.store))!;
    expect(view.source).toBe("erp");
    expect(view.prospect).toMatchObject({ status: "converted", name: converted.name.trim() });
    expect(view.prospect.customer).toEqual({ code: converted.customer, store: converted.customerstore });
    expect(view.customer?.code).toBe(converted.customer);
    expect(view.prospect.conversionDate).not.toBeNull();

    const withQuotation = (await getProspect(sellers.ana, "000001", "01"))!;
    expect(withQuotation.quotations.map((q) => q.number)).toEqual([forProspect.number]);
    expect(withQuotation.quotations[0]).toMatchObject({ status: "open", total: toCents(forProspect.total) });
    // The store keeps whose quotation it is: the prospect's, not the customer one's.
    const db = await getDb();
    const [row] = await db
      .select({ prospect: quotations.prospect, store: quotations.prospectStore })
      .from(quotations)
      .where(and(eq(quotations.scope, scopeOf(sellers.ana)), eq(quotations.number, forProspect.number)));
    expect(row).toEqual({ prospect: "000001", store: "01" });
    const [customerRow] = await db
      .select({ prospect: quotations.prospect })
      .from(quotations)
      .where(and(eq(quotations.scope, scopeOf(sellers.ana)), eq(quotations.number, forCustomer.number)));
    expect(customerRow).toEqual({ prospect: null });

    await admin.clearRequests();
    expect(await getProspect(sellers.bruno, converted.code, converted.store)).toBeNull();
    expect(await getProspect(sellers.ana, brunos[0]!.code, brunos[0]!.store)).toBeNull();
    // The store says whose it is: the ERP is not even asked.
    expect(await prospectRequests()).toEqual([]);
  });

  it("with the ERP down the page shows the synced copy and says so; gone from the ERP, it is not found", async () => {
    const mine = byCode(anas, "000003");
    await admin.faults([{ pathPrefix: "/rest/api/tgv/prospects", kind: "status", status: 503 }]);
    const offline = (await getProspect(sellers.ana, mine.code, mine.store))!;
    expect(offline.source).toBe("store");
    expect(offline.prospect).toEqual(await ownProspect(sellers.ana, mine.code, mine.store));
    expect(offline.syncedAt).not.toBeNull();
    expect((await prospectRequests()).length).toBeGreaterThan(0);

    await admin.faults([{ pathPrefix: "/rest/api/tgv/prospects", kind: "status", status: 404 }]);
    expect(await getProspect(sellers.ana, mine.code, mine.store)).toBeNull();
    await admin.faults([]);
    expect((await getProspect(sellers.ana, mine.code, mine.store))?.source).toBe("erp");
  });

  it("the route answers the viewer's list, refuses an unknown status or UF, and needs a session", async () => {
    await actAs(sellers.ana);
    const listed = await listRoute(request("/api/prospects?sort=code&pageSize=100"));
    expect(listed.status).toBe(200);
    const page = (await listed.json()) as ProspectPage;
    expect(ids(page.items)).toEqual(ids((await all(sellers.ana, { sort: "code" })).items));
    const filtered = (await (await listRoute(request("/api/prospects?status=converted"))).json()) as ProspectPage;
    expect(filtered.items.map((p) => p.status)).toEqual(["converted"]);

    for (const bad of ["status=active", "uf=ZZ", "sort=cgc"]) {
      const refused = await listRoute(request(`/api/prospects?${bad}`));
      expect(refused.status, bad).toBe(400);
      const { fieldErrors } = (await refused.json()) as { fieldErrors: Record<string, string> };
      expect(Object.keys(fieldErrors)).toEqual([bad.split("=")[0]]);
    }

    await actAs(sellers.bruno);
    const his = (await (await listRoute(request("/api/prospects?pageSize=100"))).json()) as ProspectPage;
    for (const p of anas) expect(ids(his.items)).not.toContain(p.id);
    jar.clear();
    expect((await listRoute(request("/api/prospects"))).status).toBe(401);
  });
});
