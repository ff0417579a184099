import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidDocument } from "@/lib/br-documents";
import { isValidStateRegistration } from "@/lib/br-registration";
import { openDatabase, type Database } from "@/sandbox/db";
import { seedDatabase } from "@/sandbox/seed";
import { showcaseCustomers } from "@/sandbox/seed/credit-showcase";
import { dateOf, dayOf } from "@/sandbox/seed/dates";

/**
 * The deterministic seed (sandbox/docs/data.md): same seed + business date → same data; valid
 * documents; balances consistent with the movements; every credit rule demonstrated by ana's
 * showcase customers in 01/01; deleted rows in every synced table. In-process, in-memory.
 */
const TODAY = "20261115";
const today = dayOf(TODAY);

describe("sandbox seed", () => {
  let db: Database;
  const q = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;

  beforeAll(async () => {
    db = await openDatabase("memory");
    await seedDatabase(db, { restUrl: "http://127.0.0.1:1/rest", seed: 1, today: TODAY });
  });
  afterAll(() => db?.close());

  // Seeds a second in-memory database: slow on a busy machine, hence the longer timeout.
  it("is deterministic for a seed and a business date", { timeout: 120_000 }, async () => {
    const other = await openDatabase("memory");
    try {
      await seedDatabase(other, { restUrl: "http://127.0.0.1:1/rest", seed: 1, today: TODAY });
      const sql = "SELECT A1_FILIAL, A1_COD, A1_LOJA, A1_CGC, A1_NOME, A1_LC FROM SA1010 ORDER BY R_E_C_N_O_";
      const titles = "SELECT count(*)::int AS n, sum(E1_VALOR)::text AS total, sum(E1_SALDO)::text AS open FROM SE1010";
      expect((await other.query(sql)).rows).toEqual(await q(sql));
      expect((await other.query(titles)).rows).toEqual(await q(titles));
    } finally {
      await other.close();
    }
  });

  it("gives every customer a valid CPF or CNPJ, some with the alphanumeric CNPJ", async () => {
    const docs = await q<{ doc: string; kind: string }>(
      "SELECT A1_CGC AS doc, A1_PESSOA AS kind FROM SA1010 UNION ALL SELECT A1_CGC, A1_PESSOA FROM SA1020",
    );
    expect(docs.filter((d) => !isValidDocument(d.doc))).toEqual([]);
    expect(docs.filter((d) => d.kind === "F").every((d) => d.doc.length === 11)).toBe(true);
    expect(docs.filter((d) => d.kind === "J").every((d) => d.doc.length === 14)).toBe(true);
    expect(docs.filter((d) => /[A-Z]/.test(d.doc)).length).toBeGreaterThan(5);
    expect(docs.filter((d) => d.kind === "F").length).toBeGreaterThan(50);
  });

  it("gives every company a state registration valid for its UF or ISENTO, every person none", async () => {
    const rows = await q<{ ie: string; uf: string; kind: string; contrib: string }>(
      `SELECT A1_INSCR AS ie, A1_EST AS uf, A1_PESSOA AS kind, A1_CONTRIB AS contrib FROM SA1010
       UNION ALL SELECT A1_INSCR, A1_EST, A1_PESSOA, A1_CONTRIB FROM SA1020`,
    );
    const companies = rows.filter((r) => r.kind === "J");
    expect(companies.filter((r) => r.ie !== "ISENTO" && !isValidStateRegistration(r.uf, r.ie))).toEqual([]);
    expect(companies.filter((r) => r.contrib !== (r.ie === "ISENTO" ? "2" : "1"))).toEqual([]);
    expect(companies.filter((r) => r.ie !== "ISENTO").length).toBeGreaterThan(500);
    expect(rows.filter((r) => r.kind === "F" && (r.ie !== "" || r.contrib !== "2"))).toEqual([]);
  });

  it("keeps customer balances consistent with receivables, releases and invoices", async () => {
    for (const g of ["01", "02"]) {
      const wrong = await q(
        `SELECT a.A1_COD FROM SA1${g}0 a
          WHERE a.A1_SALDUP <> COALESCE((SELECT sum(E1_SALDO) FROM SE1${g}0 e WHERE e.E1_FILIAL = a.A1_FILIAL AND e.E1_CLIENTE = a.A1_COD AND e.E1_LOJA = a.A1_LOJA AND e.D_E_L_E_T_ = ' '), 0)
             OR a.A1_SALPEDL <> COALESCE((SELECT sum(C9_QTDLIB * C9_PRCVEN) FROM SC9${g}0 c WHERE c.C9_FILIAL = a.A1_FILIAL AND c.C9_CLIENTE = a.A1_COD AND c.C9_LOJA = a.A1_LOJA AND c.D_E_L_E_T_ = ' ' AND c.C9_BLCRED = '' AND c.C9_NFISCAL = ''), 0)
             OR a.A1_ULTCOM <> COALESCE((SELECT max(F2_EMISSAO) FROM SF2${g}0 f WHERE f.F2_FILIAL = a.A1_FILIAL AND f.F2_CLIENTE = a.A1_COD AND f.F2_LOJA = a.A1_LOJA AND f.D_E_L_E_T_ = ' '), '')`,
      );
      expect(wrong, `group ${g}`).toEqual([]);
    }
    const [mix] = await q<{ paid: number; open: number; overdue: number }>(
      `SELECT count(*) FILTER (WHERE E1_SALDO = 0 AND E1_BAIXA <> '')::int AS paid,
              count(*) FILTER (WHERE E1_SALDO > 0 AND E1_VENCREA >= $1)::int AS open,
              count(*) FILTER (WHERE E1_SALDO > 0 AND E1_VENCREA < $1)::int AS overdue
         FROM SE1010 WHERE D_E_L_E_T_ = ' '`,
      [TODAY],
    );
    expect(mix!.paid).toBeGreaterThan(mix!.open + mix!.overdue);
    expect(mix!.overdue).toBeGreaterThan(0);
  });

  it("demonstrates every credit rule with ana's showcase customers in 01/01", async () => {
    const [params] = await q<{ b: string; c: string; d: string }>(
      "SELECT max(X6_CONTEUD) FILTER (WHERE X6_VAR = 'MV_RISCOB') AS b, max(X6_CONTEUD) FILTER (WHERE X6_VAR = 'MV_RISCOC') AS c, max(X6_CONTEUD) FILTER (WHERE X6_VAR = 'MV_RISCOD') AS d FROM SX6010",
    );
    expect(params).toEqual({ b: "10", c: "20", d: "30" });
    const rows = await q<{
      code: string;
      risk: string;
      seller: string;
      blocked: string;
      available: string;
      until: string;
      oldest: string | null;
      saldup: string;
    }>(
      `SELECT a.A1_COD AS code, a.A1_RISCO AS risk, a.A1_VEND AS seller, a.A1_MSBLQL AS blocked, (a.A1_LC - a.A1_SALPEDL - a.A1_SALDUP)::text AS available,
              a.A1_VENCLC AS until, a.A1_SALDUP::text AS saldup,
              (SELECT min(E1_VENCREA) FROM SE1010 e WHERE e.E1_FILIAL = '01' AND e.E1_CLIENTE = a.A1_COD AND e.E1_LOJA = a.A1_LOJA
                  AND e.D_E_L_E_T_ = ' ' AND e.E1_SALDO > 0 AND e.E1_VENCREA < $1) AS oldest
         FROM SA1010 a WHERE a.A1_FILIAL = '01' AND a.A1_LOJA = '01' AND a.D_E_L_E_T_ = ' ' ORDER BY a.A1_COD`,
      [TODAY],
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (const s of showcaseCustomers) {
      const c = byCode.get(s.code);
      expect(c, s.code).toBeDefined();
      expect(c!.seller).toBe("000001");
      expect(c!.risk, s.code).toBe(s.risk);
      expect(c!.oldest, s.code).toBe(s.overdueDays === undefined ? null : dateOf(today - s.overdueDays));
      expect(c!.blocked === "1", s.code).toBe(s.blocked === true);
      expect(c!.until < TODAY, s.code).toBe(s.limitExpiredDays !== undefined);
      if (s.limitHeadroomCents !== undefined) {
        expect(Number(c!.available) * 100, s.code).toBe(s.limitHeadroomCents);
        expect(Number(c!.saldup), s.code).toBeGreaterThan(0);
      } else {
        expect(Number(c!.available), s.code).toBeGreaterThan(100_000);
      }
    }
  });

  it("has orders in every state for the demo users' sellers, with a Nov/Dec peak and a Feb low", async () => {
    const states = await q<{ state: string }>(
      `SELECT DISTINCT CASE WHEN c5.C5_NOTA <> '' THEN 'invoiced' WHEN c5.C5_BLQ <> '' THEN 'rule'
                            WHEN NOT EXISTS (SELECT 1 FROM SC9010 c9 WHERE c9.C9_FILIAL = c5.C5_FILIAL AND c9.C9_PEDIDO = c5.C5_NUM) THEN 'open'
                            WHEN EXISTS (SELECT 1 FROM SC9010 c9 WHERE c9.C9_FILIAL = c5.C5_FILIAL AND c9.C9_PEDIDO = c5.C5_NUM AND c9.C9_BLCRED NOT IN ('', '10')) THEN 'credit'
                            WHEN EXISTS (SELECT 1 FROM SC9010 c9 WHERE c9.C9_FILIAL = c5.C5_FILIAL AND c9.C9_PEDIDO = c5.C5_NUM AND c9.C9_BLEST NOT IN ('', '10')) THEN 'stock'
                            ELSE 'released' END AS state
         FROM SC5010 c5 WHERE c5.C5_FILIAL = '01' AND c5.C5_VEND1 = '000001' AND c5.D_E_L_E_T_ = ' '`,
    );
    expect(states.map((s) => s.state).sort()).toEqual(["credit", "invoiced", "open", "released", "rule", "stock"]);
    for (const [g, branch, seller] of [
      ["01", "01", "000001"],
      ["01", "02", "000001"],
      ["01", "01", "000002"],
      ["02", "01", "000101"],
    ]) {
      const months = await q<{ month: string; n: number }>(
        `SELECT substr(C5_EMISSAO, 5, 2) AS month, count(*)::int AS n FROM SC5${g}0 WHERE C5_FILIAL = $1 AND C5_VEND1 = $2 AND C5_EMISSAO < '20261101' GROUP BY 1`,
        [branch, seller],
      );
      const n = (m: string) => months.find((x) => x.month === m)?.n ?? 0;
      expect(months, `${g}/${branch} ${seller}`).toHaveLength(12);
      expect(n("12"), `${g}/${branch} ${seller}`).toBeGreaterThan(n("02") * 1.5);
    }
  });

  it("has deleted rows in every synced table", async () => {
    for (const alias of [
      "SA1",
      "SA4",
      "SB1",
      "SE4",
      "DA0",
      "DA1",
      "SX5",
      "SU5",
      "AC8",
      "AGB",
      "SC5",
      "SC6",
      "SF2",
      "SD2",
      "SE1",
      "SCT",
      "A1S",
      "ZTQ",
      "SCJ",
      "SCK",
    ]) {
      const [row] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${alias}010 WHERE D_E_L_E_T_ = '*'`);
      expect(row!.n, alias).toBeGreaterThan(0);
    }
  });
});
