import { beforeAll, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { allItems, expectEnvelope, expectError, forgetTokens, page, tgv } from "./tgv-client";

/**
 * The collection engine over HTTP: paging (hasNext/remainingRecords across pages, caps), order,
 * fields, filter allow-list (400 envelope), diff date formats. Read-only: no reset needed.
 */

// Start from the seed: earlier test files (orders, time travel) may have changed data or tokens.
beforeAll(async () => {
  await sandboxAdmin().reset();
  forgetTokens();
});

const q = (filter: string) => encodeURIComponent(filter);

describe("paging", () => {
  it("walks every page: remainingRecords counts down, hasNext ends, no row twice", async () => {
    const first = await page("ana", "customers?page=1&pageSize=40");
    const total = first.items.length + first.remainingRecords;
    expect(total, "ana has more than one page of customers in 01/01").toBeGreaterThan(80);
    const seen = new Set<string>();
    let remaining = total;
    for (let n = 1; ; n++) {
      const p = await page("ana", `customers?page=${n}&pageSize=40`);
      expectEnvelope(p);
      remaining -= p.items.length;
      expect(p.remainingRecords).toBe(remaining);
      for (const item of p.items) seen.add(String(item.id));
      if (!p.hasNext) break;
      expect(p.items).toHaveLength(40);
    }
    expect(seen.size).toBe(total);
    const beyond = await page("ana", `customers?page=999&pageSize=40`);
    expect(beyond).toMatchObject({ hasNext: false, remainingRecords: 0, items: [] });
  });

  it("defaults to pageSize 10 and caps it at 500 (5000 for phonecontacts)", async () => {
    expect((await page("ana", "customers")).items).toHaveLength(10);
    const big = await page("admin", "financialsecurities?pageSize=100000");
    expect(big.items).toHaveLength(500);
    expect(big.hasNext).toBe(true);
    const phones = await page("admin", "phonecontacts?pageSize=100000");
    expect(phones.items.length).toBeLessThanOrEqual(5000);
    expect(phones.items.length + phones.remainingRecords).toBeGreaterThan(0);
    if (phones.hasNext) expect(phones.items).toHaveLength(5000);
    else expect(phones.items.length).toBeGreaterThan(500);
  });

  it.each(["page=0", "page=-1", "pageSize=0", "pageSize=abc", "page=1.5"])("%s → 400", async (param) => {
    await expectError(await tgv("ana", `customers?${param}`), 400, /inválido/);
  });
});

describe("order and fields", () => {
  it("orders by allow-listed fields, ascending and descending, stable across pages", async () => {
    const asc = (await page("ana", "customers?order=name&pageSize=50")).items.map((c) => String(c.name));
    expect(asc).toEqual([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const desc = (await page("ana", "customers?order=-creditLimit,code&pageSize=50")).items.map((c) =>
      Number(c.creditLimit),
    );
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  it("returns only the requested fields", async () => {
    const p = await page("ana", "customers?fields=code,store,creditLimit&pageSize=3");
    for (const item of p.items) expect(Object.keys(item)).toEqual(["code", "store", "creditLimit"]);
  });

  it.each([
    ["order=A1_NOME", /order inválido/],
    ["order=name;DROP TABLE sa1010", /order inválido/],
    ["order=address", /order inválido/],
    ["fields=code,A1_LC", /fields inválido/],
  ])("%s → 400", async (param, message) => {
    await expectError(await tgv("ana", `customers?${param}`), 400, message);
  });
});

describe("filter", () => {
  it("filters with comparisons, and/or, parentheses, contains and startswith", async () => {
    const all = await allItems("ana", "customers?fields=code,store,name,risk,creditLimit,uf");
    const filtered = await allItems(
      "ana",
      `customers?fields=code,risk,creditLimit&filter=${q("(risk eq 'A' or risk eq 'B') and creditLimit ge 1000")}`,
    );
    expect(filtered.map((c) => c.code)).toEqual(
      all.filter((c) => ["A", "B"].includes(String(c.risk)) && Number(c.creditLimit) >= 1000).map((c) => c.code),
    );
    const word = String(all[0]!.name).split(" ")[0]!.toLowerCase();
    const named = await allItems("ana", `customers?fields=name&filter=${q(`contains(name,'${word}')`)}`);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((c) => String(c.name).toLowerCase().includes(word))).toBe(true);
    const starts = await allItems("ana", `customers?fields=code&filter=${q("startswith(code,'0000')")}`);
    expect(starts.every((c) => String(c.code).startsWith("0000"))).toBe(true);
  });

  it("filters dates given as ISO days", async () => {
    const overdue = await allItems(
      "ana",
      `financialsecurities?fields=installmentmaturity,status&filter=${q("status eq 'overdue' and installmentmaturity lt '2100-01-01'")}`,
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((t) => t.status === "overdue")).toBe(true);
  });

  it.each([
    ["not allow-listed field", "address eq 'x'", /não pode ser filtrado/],
    ["Protheus column", "A1_VEND eq '000002'", /não pode ser filtrado/],
    ["unknown operator", "name like 'A%'", /operador não suportado/],
    ["SQL injection", "code eq '1' or 1=1; --", /Filtro inválido/],
    ["type mismatch", "creditLimit eq 'muito'", /espera um número/],
    ["malformed", "(code eq '1'", /Filtro inválido/],
  ])("%s → 400 envelope", async (_label, filter, message) => {
    await expectError(await tgv("ana", `customers?filter=${q(filter)}`), 400, message);
  });

  it("keeps a quote break-out attempt inside one literal (matches nothing, leaks nothing)", async () => {
    const p = await page("ana", `customers?filter=${q("code eq '1'' or ''1''=''1'")}`);
    expect(p.items).toEqual([]);
  });

  it("cannot widen the seller scope through the filter", async () => {
    const res = await page(
      "ana",
      `customers?filter=${q("vendor eq '000002' or vendor eq '000001'")}&fields=vendor&pageSize=500`,
    );
    expect(res.items.every((c) => c.vendor === "000001")).toBe(true);
  });
});

describe("diff URL families", () => {
  it.each(["diff", "sync/diff"])("customers/%s/{date} accepts ISO and YYYYMMDD dates", async (family) => {
    for (const date of ["1900-01-01T00:00:00Z", "1900-01-01T00:00:00.000Z", "19000101"]) {
      const p = await page("ana", `customers/${family}/${date}?pageSize=5`);
      expectEnvelope(p);
      expect(p.items.length).toBe(5);
    }
  });

  it("a diff from po_sync_date with no changes in between is empty", async () => {
    const first = await page("ana", "customers?pageSize=1");
    const diff = await page("ana", `customers/diff/${first.po_sync_date}`);
    expect(diff).toMatchObject({ hasNext: false, remainingRecords: 0, items: [] });
  });

  it.each(["yesterday", "2026-13-01", "2026-02-30T00:00:00Z", "1900-01-01T00:00:00Z' OR '1'='1"])(
    "diff/%s → 400",
    async (date) => {
      await expectError(
        await tgv("ana", `customers/diff/${encodeURIComponent(date)}`),
        400,
        /Data de sincronização inválida/,
      );
    },
  );
});
