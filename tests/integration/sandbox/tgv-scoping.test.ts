import { beforeAll, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { rest } from "./protheus-client";
import { allItems, expectError, forgetTokens, type Item, page, tgv, tokenOf } from "./tgv-client";

/**
 * Seller and tenant scoping (Protheus/PGV: a seller sees the customers with A1_VEND = their code
 * and what hangs off them; admin sees all; tenantId picks company table and branch).
 * Risk: one rep reading another rep's customers, receivables or contacts — by listing, by a
 * single-record route (must be 404, not 403: never confirm that the record exists), or through a
 * tenant they have no access to.
 */

// Start from the seed: earlier test files (orders, time travel) may have changed data or tokens.
beforeAll(async () => {
  await sandboxAdmin().reset();
  forgetTokens();
});

describe("seller scope", () => {
  it("ana and bruno see disjoint customer sets, each only with their own A1_VEND", async () => {
    const ana = await allItems("ana", "customers?fields=code,store,vendor");
    const bruno = await allItems("bruno", "customers?fields=code,store,vendor");
    expect(ana.length).toBeGreaterThan(0);
    expect(bruno.length).toBeGreaterThan(0);
    expect(ana.every((c) => c.vendor === "000001")).toBe(true);
    expect(bruno.every((c) => c.vendor === "000002")).toBe(true);
    const anaKeys = new Set(ana.map((c) => `${c.code}/${c.store}`));
    expect(bruno.some((c) => anaKeys.has(`${c.code}/${c.store}`))).toBe(false);
  });

  it("seller A cannot read seller B's customer through any single-record route (404)", async () => {
    const [brunos] = (await page("bruno", "customers?pageSize=1")).items as [Item];
    const key = `${brunos.code}/${brunos.store}`;
    expect((await tgv("bruno", `customers/${key}`)).status).toBe(200);
    for (const path of [
      `customers/${key}`,
      `customers/creditlimit/${key}`,
      `financialstatus/${key}`,
      `financialsecurities/financialdefault/${key}`,
      `customers/${key}/financialsecurities`,
    ]) {
      await expectError(await tgv("ana", path), 404, /não encontrad/);
    }
  });

  it("receivables, financial status and contacts only cover the seller's own customers", async () => {
    const customers = new Set(
      (await allItems("ana", "customers?fields=code,store")).map((c) => `${c.code}/${c.store}`),
    );
    const cgcs = new Set((await allItems("ana", "customers?fields=cgc")).map((c) => c.cgc));
    const titles = await allItems("ana", "financialsecurities?fields=customerid,customerstore");
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => customers.has(`${t.customerid}/${t.customerstore}`))).toBe(true);
    const statuses = await allItems("ana", "financialstatus/sync?fields=code,store");
    expect(new Set(statuses.map((s) => `${s.code}/${s.store}`))).toEqual(customers);
    // A contact hangs off one of the seller's customers or (entitytype SUS) prospects.
    const contacts = await allItems("ana", "contacts?fields=internalid,cgcentity,entitytype,entitycode");
    const prospects = await allItems("ana", "prospects?fields=code,store,cgc");
    const prospectKeys = new Set(prospects.map((p) => `${p.code}${p.store}`));
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.filter((c) => c.entitytype === "SA1").every((c) => cgcs.has(c.cgcentity))).toBe(true);
    expect(contacts.filter((c) => c.entitytype !== "SA1").every((c) => prospectKeys.has(String(c.entitycode)))).toBe(
      true,
    );
    const contactIds = new Set(contacts.map((c) => c.internalid));
    const phones = await allItems("ana", "phonecontacts?fields=contactinternalid", "01,01", 5000);
    expect(phones.every((p) => contactIds.has(p.contactinternalid))).toBe(true);
    const brunoTitles = await allItems("bruno", "financialsecurities?fields=id");
    const anaTitleIds = new Set((await allItems("ana", "financialsecurities?fields=id")).map((t) => t.id));
    expect(brunoTitles.some((t) => anaTitleIds.has(t.id))).toBe(false);
  });

  it("notifications: a seller sees only their own and cannot mark another seller's (404)", async () => {
    const anaNotes = await allItems("ana", "notifications?fields=id,user_id");
    expect(anaNotes.every((n) => n.user_id === "000010")).toBe(true);
    const brunoNotes = await allItems("bruno", "notifications?fields=id");
    const anaIds = new Set(anaNotes.map((n) => n.id));
    const foreign = brunoNotes.find((n) => !anaIds.has(n.id));
    if (foreign)
      await expectError(
        await tgv("ana", `notifications/${foreign.id}`, "01,01", { method: "PUT", body: {} }),
        404,
        /Notificação não encontrada/,
      );
    expect(foreign, "bruno has notifications of his own in the demo seed").toBeDefined();
  });

  it("admin sees every seller's customers", async () => {
    const admin = await allItems("admin", "customers?fields=vendor");
    const vendors = new Set(admin.map((c) => c.vendor));
    expect(vendors.has("000001") && vendors.has("000002") && vendors.has("000003")).toBe(true);
  });

  it.each([
    "products",
    "customers",
    "financialsecurities",
    "financialstatus/sync",
    "contacts",
    "notifications",
    "paymentconditions",
  ])("a user without a seller (carla) gets 403 on %s", async (path) => {
    await expectError(await tgv("carla", path), 403, /vendedor/);
  });
});

describe("tenant scope", () => {
  it("ana sees other customers in 01/02 (branch) than in 01/01", async () => {
    const b1 = new Set((await allItems("ana", "customers?fields=id")).map((c) => c.id));
    const b2 = await allItems("ana", "customers?fields=id,branch", "01,02");
    expect(b2.length).toBeGreaterThan(0);
    expect(b2.every((c) => c.branch === "02" && !b1.has(c.id))).toBe(true);
  });

  it("diego reads company 02's tables (SA1020) in 02/01", async () => {
    const diego = await page("diego", "customers?pageSize=5", "02,01");
    expect(diego.items.length).toBeGreaterThan(0);
    expect(diego.items.every((c) => c.vendor === "000101")).toBe(true);
  });

  it("shared tables (SB1, SE4) serve every branch of the group", async () => {
    const p1 = (await page("ana", "products?fields=code&pageSize=20")).items;
    const p2 = (await page("ana", "products?fields=code&pageSize=20", "01,02")).items;
    expect(p2).toEqual(p1);
  });

  it.each([
    ["bruno", "01,02"],
    ["diego", "01,01"],
    ["ana", "02,01"],
  ])("%s in %s (no access) → 403", async (login, tenant) => {
    await expectError(await tgv(login, "customers", tenant), 403);
    await expectError(await tgv(login, "products", tenant), 403);
  });

  it("tenantId missing → 400", async () => {
    await expectError(
      await rest("/api/tgv/customers", { token: await tokenOf("ana") }),
      400,
      /Empresa\/filial não informada/,
    );
  });
});
