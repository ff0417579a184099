import { beforeAll, describe, expect, it } from "vitest";
import { customerQuerySchema } from "@/lib/schemas/customer-query";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession } from "@/server/auth/viewer";
import { findCustomer, listCustomers } from "@/server/services/customers";
import { getCustomerDetail } from "@/server/services/customer-detail";
import { orderWindowStart } from "@/server/sync/entities";
import { syncNow } from "@/server/sync/orchestrator";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

const admin = sandboxAdmin();
const query = (q: Record<string, string> = {}) => customerQuerySchema.parse(q);

async function syncedViewer(alias: string, username: string, password: string) {
  const result = await login({ alias, username, password }, "10.40.0.1");
  if (!result.ok) throw new Error(result.failure);
  const viewer = viewerFromSession((await loadSession(result.sessionId))!);
  await forgetScope(viewer);
  const status = await syncNow(viewer);
  expect(status.ready).toBe(true);
  return viewer;
}

/** ana's customers in 01/01 as the ERP itself filters them (straight to the sandbox's PGV API). */
async function erpCustomers(resource: "customers" | "financialcustomerstatus", filter: string, pageSize = 1) {
  const token = (await (
    await fetch(`${admin.url}/rest/api/oauth2/v1/token?grant_type=password`, {
      method: "POST",
      headers: { username: "ana", password: "ana123" },
    })
  ).json()) as { access_token: string };
  const page = (await (
    await fetch(`${admin.url}/rest/api/tgv/${resource}?pageSize=${pageSize}&filter=${encodeURIComponent(filter)}`, {
      headers: { Authorization: `Bearer ${token.access_token}`, tenantId: "01,01" },
    })
  ).json()) as { items: { code: string; store: string }[]; remainingRecords: number };
  return { total: page.items.length + page.remainingRecords, codes: page.items.map((c) => `${c.code}/${c.store}`) };
}

describe("My customers (service over the synced store)", () => {
  let ana: Awaited<ReturnType<typeof syncedViewer>>;
  let diego: Awaited<ReturnType<typeof syncedViewer>>;
  let bruno: Awaited<ReturnType<typeof syncedViewer>>;

  beforeAll(async () => {
    await resetWorld();
    ana = await syncedViewer("demo", "ana", "ana123");
    bruno = await syncedViewer("demo", "bruno", "bruno123");
    diego = await syncedViewer("norte", "diego", "diego123");
  }, 120_000);

  it("lists as many customers as the ERP gives the seller, paged", async () => {
    const page = await listCustomers(ana, query({ pageSize: "25" }));
    expect(page.items).toHaveLength(25);
    expect(page.total).toBeGreaterThan(150);
    const last = await listCustomers(ana, query({ pageSize: "25", page: String(Math.ceil(page.total / 25)) }));
    expect(last.items.length).toBe(page.total - 25 * (Math.ceil(page.total / 25) - 1));
  });

  it("finds a customer by name, by CPF/CNPJ with or without mask, and by code", async () => {
    const target = (await findCustomer(ana, "000012", "01"))!;
    const byName = await listCustomers(ana, query({ q: target.name.slice(0, 10).toLowerCase() }));
    expect(byName.items.map((c) => c.code)).toContain("000012");
    const masked =
      target.document.length === 14
        ? target.document.replace(/^(..)(...)(...)(....)(..)$/, "$1.$2.$3/$4-$5")
        : target.document.replace(/^(...)(...)(...)(..)$/, "$1.$2.$3-$4");
    for (const q of [masked, target.document, "000012"]) {
      expect((await listCustomers(ana, query({ q }))).items.map((c) => c.code)).toContain("000012");
    }
  });

  it("filters by risk, by overdue titles and by exhausted credit, matching the ERP's own figures", async () => {
    const riskE = await listCustomers(ana, query({ risk: "E", pageSize: "100" }));
    expect(riskE.items.every((c) => c.risk === "E")).toBe(true);
    expect(riskE.items.map((c) => c.code)).toContain("000008");

    const overdue = await listCustomers(ana, query({ overdue: "1", pageSize: "100" }));
    const erpOverdue = await erpCustomers("financialcustomerstatus", "overduebalance gt 0");
    expect(overdue.total).toBe(erpOverdue.total);
    expect(overdue.items.every((c) => c.overdue > 0)).toBe(true);

    // Credit used up: 000003 to the centavo (limit = what it owes), 000005 past it. The filter shows
    // exactly the customers the ERP says have no credit left, and these two are among them (an
    // empty result would pass any "every" check).
    const limits = (
      await admin.sql<{ code: string; limit: string }>(
        "SELECT A1_COD AS code, A1_LC::text AS limit FROM SA1010 WHERE A1_FILIAL = '01' AND A1_COD IN ('000003', '000005') AND A1_LOJA = '01'",
      )
    ).rows;
    await admin.sql(
      "UPDATE SA1010 SET A1_LC = A1_SALDUP + A1_SALPEDL WHERE A1_FILIAL = '01' AND A1_COD = '000003' AND A1_LOJA = '01'",
    );
    await admin.sql(
      "UPDATE SA1010 SET A1_LC = A1_SALDUP + A1_SALPEDL - 50 WHERE A1_FILIAL = '01' AND A1_COD = '000005' AND A1_LOJA = '01'",
    );
    await syncNow(ana);
    const exhausted = await listCustomers(ana, query({ exhausted: "1", pageSize: "100" }));
    const erpExhausted = await erpCustomers("customers", "availablecreditlimit le 0", 100);
    expect(erpExhausted.codes).toEqual(expect.arrayContaining(["000003/01", "000005/01"]));
    expect(exhausted.items.map((c) => `${c.code}/${c.store}`).sort()).toEqual(erpExhausted.codes.sort());
    expect(exhausted.items.every((c) => c.availableCredit <= 0)).toBe(true);
    expect(exhausted.items.find((c) => c.code === "000005")!.availableCredit).toBe(-5_000);
    // Back to the seeded limits for the next tests.
    for (const l of limits)
      await admin.sql(
        "UPDATE SA1010 SET A1_LC = $1::numeric WHERE A1_FILIAL = '01' AND A1_COD = $2 AND A1_LOJA = '01'",
        [l.limit, l.code],
      );
    await syncNow(ana);
    expect(
      (await listCustomers(ana, query({ exhausted: "1", pageSize: "100" }))).items.map((c) => c.code),
    ).not.toContain("000005");
  });

  // Risk: one seller reading another seller's (or another company's) customer by code.
  it("never resolves another seller's or another company's customer", async () => {
    // bruno's customers start at 200001, ana's branch-02 customers at 400001.
    expect(await findCustomer(ana, "200001", "01")).toBeNull();
    expect(await findCustomer(bruno, "000002", "01")).toBeNull();
    expect(await findCustomer(ana, "400001", "01")).toBeNull();
    // A search can match digits inside some CNPJ of ana's, but never bruno's customer 200001.
    expect((await listCustomers(ana, query({ q: "200001", pageSize: "100" }))).items.map((c) => c.code)).not.toContain(
      "200001",
    );
    // Codes repeat across company groups: diego's 000002 (norte) is a different customer.
    const anas = (await findCustomer(ana, "000002", "01"))!;
    const diegos = (await findCustomer(diego, "000002", "01"))!;
    expect(diegos.document).not.toBe(anas.document);
    expect(diegos.seller).toBe("000101");
  });

  it("the customer page names the commercial defaults and lists the customer's latest orders as the ERP has them", async () => {
    const token = (await (
      await fetch(`${admin.url}/rest/api/oauth2/v1/token?grant_type=password`, {
        method: "POST",
        headers: { username: "ana", password: "ana123" },
      })
    ).json()) as { access_token: string };
    const erp = async <T>(path: string) =>
      (await (
        await fetch(`${admin.url}/rest/api/tgv/${path}`, {
          headers: { Authorization: `Bearer ${token.access_token}`, tenantId: "01,01" },
        })
      ).json()) as T;
    // The customer of ana's with most orders in the synced window (the last 12 months).
    const { rows } = await admin.sql<{ code: string; store: string }>(
      "SELECT c5_cliente AS code, c5_lojacli AS store FROM sc5010 WHERE c5_filial = '01' AND c5_vend1 = '000001' AND d_e_l_e_t_ = ' ' AND c5_emissao >= $1 GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1",
      [orderWindowStart().replaceAll("-", "")],
    );
    const { code, store } = rows[0]!;
    const detail = (await getCustomerDetail(ana, code, store))!;
    const wire = await erp<{ items: { number: string; total: number; status: string }[] }>(
      `salesorders?pageSize=10&order=-issuedate,-number&filter=${encodeURIComponent(`customer eq '${code}' and store eq '${store}' and issuedate ge '${orderWindowStart()}'`)}`,
    );
    expect(detail.recentOrders.map((o) => [o.number, o.total, o.status])).toEqual(
      wire.items.map((o) => [o.number, Math.round(o.total * 100), o.status]),
    );
    expect(detail.recentOrders.length).toBeGreaterThan(3);

    const customer = await erp<{ paymentconditions: string; pricelist: string }>(`customers/${code}/${store}`);
    const condition = await erp<{ items: { paymentdescription: string }[] }>(
      `paymentconditions?filter=${encodeURIComponent(`paymentcode eq '${customer.paymentconditions}'`)}`,
    );
    expect(detail.paymentCondition?.description).toBe(condition.items[0]!.paymentdescription);
    if (customer.pricelist.trim()) expect(detail.priceList?.code).toBe(customer.pricelist);
    expect(detail.sellerName).toBe(ana.seller!.name);
  });

  it("shows no orders of another seller's customer: bruno's page of his own customer is his", async () => {
    const anas = (await getCustomerDetail(ana, "000012", "01"))!;
    expect(anas.recentOrders.every((o) => o.id.startsWith("01"))).toBe(true);
    expect(await getCustomerDetail(bruno, "000012", "01")).toBeNull();
  });

  it("an administrator sees every customer of the tenant, of every seller", async () => {
    const boss = await syncedViewer("demo", "admin", "admin123");
    const token = (await (
      await fetch(`${admin.url}/rest/api/oauth2/v1/token?grant_type=password`, {
        method: "POST",
        headers: { username: "admin", password: "admin123" },
      })
    ).json()) as { access_token: string };
    const erp = (await (
      await fetch(`${admin.url}/rest/api/tgv/customers?pageSize=1`, {
        headers: { Authorization: `Bearer ${token.access_token}`, tenantId: "01,01" },
      })
    ).json()) as {
      items: unknown[];
      remainingRecords: number;
    };
    const all = await listCustomers(boss, query({ pageSize: "5" }));
    expect(all.total).toBe(erp.items.length + erp.remainingRecords);
    expect(all.total).toBeGreaterThan(
      (await listCustomers(ana, query())).total + (await listCustomers(bruno, query())).total - 1,
    );
    expect(await findCustomer(boss, "200001", "01")).not.toBeNull();
    expect(await findCustomer(boss, "000002", "01")).not.toBeNull();
    // Still one tenant: branch 02's customers are not in branch 01's list.
    expect(await findCustomer(boss, "400001", "01")).toBeNull();
  });
});
