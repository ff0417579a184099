import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "@/sandbox/app";

/**
 * PO Sync against the PGV API, in-process (direct database access to soft-delete rows the way
 * the ERP does — an UPDATE of D_E_L_E_T_ — which no HTTP route offers). Risk: a deletion or a
 * change made in the ERP never reaching the portal's local copy (a diff that misses it), or a
 * deleted customer staying visible in plain lists.
 */
type Item = Record<string, unknown>;
type Page = { hasNext: boolean; remainingRecords: number; po_sync_date: string; items: Item[] };

let sandbox: Sandbox;
let token = "";

async function get(path: string): Promise<Page> {
  const res = await sandbox.app.request(`/rest/api/tgv/${path}`, {
    headers: { authorization: `Bearer ${token}`, tenantId: "01,01" },
  });
  const text = await res.text();
  expect(res.status, `${path}: ${text}`).toBe(200);
  return JSON.parse(text) as Page;
}

beforeAll(async () => {
  sandbox = await createSandbox({ settings: { dataDir: "memory", adminKey: "k" } });
  const res = await sandbox.app.request("/rest/api/oauth2/v1/token?grant_type=password", {
    method: "POST",
    headers: { username: "ana", password: "ana123" },
  });
  token = ((await res.json()) as { access_token: string }).access_token;
});
afterAll(() => sandbox?.close());

type DeleteCase = {
  path: string;
  idField: string;
  flag: string;
  deleted: unknown;
  live: unknown;
  sql: (item: Item) => [string, unknown[]];
};

// One case per entity: how the ERP soft-deletes the row behind the first item ana sees.
const cases: DeleteCase[] = [
  {
    path: "customers",
    idField: "id",
    flag: "deleted",
    deleted: true,
    live: false,
    sql: (i) => [
      "UPDATE SA1010 SET D_E_L_E_T_ = '*' WHERE A1_FILIAL = '01' AND A1_COD = $1 AND A1_LOJA = $2",
      [i.code, i.store],
    ],
  },
  {
    path: "financialsecurities",
    idField: "id",
    flag: "deleted",
    deleted: true,
    live: false,
    sql: (i) => [
      "UPDATE SE1010 SET D_E_L_E_T_ = '*' WHERE E1_FILIAL = '01' AND E1_PREFIXO = $1 AND E1_NUM = $2 AND E1_PARCELA = $3 AND E1_TIPO = $4",
      [i.prefix, i.titlecode, i.installment, i.type],
    ],
  },
  {
    path: "contacts",
    idField: "internalid",
    flag: "d_e_l_e_t_",
    deleted: "*",
    live: " ",
    sql: (i) => ["UPDATE SU5010 SET D_E_L_E_T_ = '*' WHERE U5_CODCONT = $1", [i.internalid]],
  },
  {
    path: "phonecontacts",
    idField: "internalid",
    flag: "d_e_l_e_t_",
    deleted: "*",
    live: " ",
    sql: (i) => ["UPDATE AGB010 SET D_E_L_E_T_ = '*' WHERE AGB_CODIGO = $1", [i.internalid]],
  },
  {
    path: "paymentconditions",
    idField: "paymentcode",
    flag: "deleted",
    deleted: "1",
    live: "0",
    sql: (i) => ["UPDATE SE4010 SET D_E_L_E_T_ = '*' WHERE E4_CODIGO = $1", [i.paymentcode]],
  },
  {
    path: "priceList",
    idField: "code",
    flag: "deleted",
    deleted: 1,
    live: 0,
    sql: (i) => ["UPDATE DA0010 SET D_E_L_E_T_ = '*' WHERE DA0_CODTAB = $1", [i.code]],
  },
  {
    path: "products",
    idField: "code",
    flag: "deleted",
    deleted: true,
    live: false,
    sql: (i) => ["UPDATE SB1010 SET D_E_L_E_T_ = '*' WHERE B1_COD = $1", [i.code]],
  },
  {
    path: "carriers",
    idField: "code",
    flag: "deleted",
    deleted: true,
    live: false,
    sql: (i) => ["UPDATE SA4010 SET D_E_L_E_T_ = '*' WHERE A4_COD = $1", [i.code]],
  },
  {
    path: "operationtypes",
    idField: "code",
    flag: "deleted",
    deleted: true,
    live: false,
    sql: (i) => ["UPDATE SX5010 SET D_E_L_E_T_ = '*' WHERE X5_TABELA = 'DJ' AND X5_CHAVE = $1", [i.code]],
  },
  {
    path: "notifications",
    idField: "id",
    flag: "deleted",
    deleted: true,
    live: false,
    sql: (i) => ["UPDATE A1S010 SET D_E_L_E_T_ = '*' WHERE A1S_FILIAL = '01' AND A1S_ID = $1", [i.id]],
  },
];

describe("deleted rows reach the diffs with the entity's flag", () => {
  it.each(cases)("$path: soft delete → gone from the list, in both diff families with $flag", async (c) => {
    const before = await get(`${c.path}?pageSize=1`);
    const item = before.items[0]!;
    expect(item[c.flag]).toBe(c.live);
    expect((await get(`${c.path}/diff/${before.po_sync_date}`)).items).toEqual([]);

    const [sql, params] = c.sql(item);
    const { affectedRows } = await sandbox.db.query(sql, params);
    expect(affectedRows).toBeGreaterThan(0);

    for (const family of ["diff", "sync/diff"]) {
      const diff = await get(`${c.path}/${family}/${before.po_sync_date}`);
      const row = diff.items.find((i) => i[c.idField] === item[c.idField]);
      expect(row, `${c.path}/${family}`).toBeDefined();
      expect(row![c.flag]).toBe(c.deleted);
    }
    const after = await get(`${c.path}?pageSize=500&fields=${c.idField}`);
    expect(after.items.some((i) => i[c.idField] === item[c.idField])).toBe(false);
  });

  it("a changed title moves its customer's financial status into the status diff", async () => {
    const before = await get("financialstatus/sync?pageSize=1");
    const [title] = (await get("financialsecurities?pageSize=1&filter=" + encodeURIComponent("titlebalance gt 0")))
      .items as [Item];
    await sandbox.db.query(
      "UPDATE SE1010 SET E1_SALDO = 0, E1_BAIXA = '20260101' WHERE E1_FILIAL = '01' AND E1_NUM = $1 AND E1_PREFIXO = $2 AND E1_PARCELA = $3",
      [title.titlecode, title.prefix, title.installment],
    );
    for (const path of ["financialstatus/sync/diff", "financialcustomerstatus/diff"]) {
      const diff = await get(`${path}/${before.po_sync_date}`);
      expect(diff.items.map((s) => `${s.code}/${s.store}`)).toContain(`${title.customerid}/${title.customerstore}`);
    }
  });
});

describe("po_sync_date and S_T_A_M_P_", () => {
  it("rows changed after po_sync_date appear in the next diff; unchanged rows do not", async () => {
    const first = await get("customers?pageSize=500");
    const [a, b] = first.items as [Item, Item];
    await sandbox.db.query(
      "UPDATE SA1010 SET A1_NREDUZ = 'NOVO NOME' WHERE A1_FILIAL = '01' AND A1_COD = $1 AND A1_LOJA = $2",
      [a.code, a.store],
    );
    const diff = await get(`customers/diff/${first.po_sync_date}`);
    expect(diff.items.map((i) => i.id)).toEqual([a.id]);
    expect(diff.items[0]).toMatchObject({ fantasy: "NOVO NOME", deleted: false });
    expect(diff.items.some((i) => i.id === b.id)).toBe(false);
    expect((await get(`customers/diff/${diff.po_sync_date}`)).items).toEqual([]);
  });

  it("PUT notifications/{id} marks it viewed, moves S_T_A_M_P_ and shows up in the diff", async () => {
    const list = await get(`notifications?pageSize=1&filter=${encodeURIComponent("notification_status eq 1")}`);
    const note = list.items[0]!;
    const stamp = async () =>
      (
        await sandbox.db.query<{ s: Date }>(
          "SELECT S_T_A_M_P_ AS s FROM A1S010 WHERE A1S_FILIAL = '01' AND A1S_ID = $1",
          [note.id],
        )
      ).rows[0]!.s.getTime();
    const stampBefore = await stamp();
    const res = await sandbox.app.request(`/rest/api/tgv/notifications/${note.id}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, tenantId: "01,01", "content-type": "application/json" },
      body: JSON.stringify({ notification_status: 2 }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: note.id, notification_status: 2 });
    expect(await stamp()).toBeGreaterThan(stampBefore);
    const diff = await get(`notifications/sync/diff/${list.po_sync_date}`);
    expect(diff.items.map((n) => n.id)).toEqual([note.id]);

    const bad = await sandbox.app.request(`/rest/api/tgv/notifications/${note.id}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, tenantId: "01,01", "content-type": "application/json" },
      body: JSON.stringify({ notification_status: 7 }),
    });
    expect(bad.status).toBe(400);
  });
});
