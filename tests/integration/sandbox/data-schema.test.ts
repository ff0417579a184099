import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "@/sandbox/app";
import { businessDate } from "@/sandbox/context";
import { companySchemaColumns, companyTable, companyTableTemplates, predatesCurrentSchema } from "@/sandbox/db";
import { sgeSchemaColumns } from "@/sandbox/sge/schema";

/**
 * The Protheus-like schema of the sandbox (sandbox/docs/data.md): control columns on every table,
 * the DBAccess row stamp, shared vs exclusive branch fields, live-only unique keys, and the
 * snapshot reset. In-process, with its own in-memory database, so it can touch rows directly.
 */
const TODAY = "20261115";

// Microseconds since the epoch: two updates can fall in the same millisecond, never the same microsecond.
type Stamp = { stamp: string; deleted: string };
const STAMP = "(extract(epoch FROM S_T_A_M_P_) * 1000000)::bigint::text AS stamp";

describe("sandbox data model", () => {
  let sandbox: Sandbox;
  const q = async <T>(sql: string, params: unknown[] = []) => (await sandbox.db.query<T>(sql, params)).rows;

  beforeAll(async () => {
    sandbox = await createSandbox({ settings: { dataDir: "memory", adminKey: "k", today: TODAY } });
  });
  afterAll(() => sandbox?.close());

  it("gives every company group every template, each with R_E_C_N_O_, D_E_L_E_T_ and S_T_A_M_P_", async () => {
    const expected = ["01", "02"].flatMap((g) =>
      Object.keys(companyTableTemplates).map((a) => companyTable(a, g).toLowerCase()),
    );
    const rows = await q<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name IN ('r_e_c_n_o_', 'd_e_l_e_t_', 's_t_a_m_p_')`,
    );
    for (const table of expected) {
      const cols = rows.filter((r) => r.table_name === table);
      expect(cols.map((c) => `${c.column_name}:${c.data_type}`).sort(), table).toEqual([
        "d_e_l_e_t_:character",
        "r_e_c_n_o_:integer",
        "s_t_a_m_p_:timestamp with time zone",
      ]);
    }
    expect(expected).toHaveLength(Object.keys(companyTableTemplates).length * 2);
  });

  it("knows a data dir from an earlier version by any missing table or column (app.ts recreates it)", async () => {
    const expected = [...companySchemaColumns(["01", "02"]), ...sgeSchemaColumns()];
    expect(expected.length).toBeGreaterThan(500);
    expect(await predatesCurrentSchema(sandbox.db, expected)).toBe(false);
    // DDL is transactional: drop a column and a table as an older data dir lacks them, then roll back.
    for (const change of ["ALTER TABLE ztq010 DROP COLUMN ztq_chave", "DROP TABLE sus020", "DROP TABLE flanbaixa"]) {
      const seen = await sandbox.db
        .transaction(async (tx) => {
          await tx.exec(change);
          const predates = await predatesCurrentSchema(tx as unknown as typeof sandbox.db, expected);
          await tx.rollback();
          return predates;
        })
        .catch((error: unknown) => error);
      expect(seen, change).toBe(true);
    }
    expect(await predatesCurrentSchema(sandbox.db, expected)).toBe(false);
  });

  it("moves S_T_A_M_P_ on update and on soft delete, and never removes the row", async () => {
    for (const [table, key] of [
      ["SA1010", "A1_COD = '000020'"],
      ["SE1010", "R_E_C_N_O_ = 7"],
      ["SC5010", "C5_FILIAL = '01' AND C5_NUM = '000010'"],
    ] as const) {
      const [before] = await q<Stamp>(`SELECT ${STAMP}, D_E_L_E_T_ AS deleted FROM ${table} WHERE ${key} LIMIT 1`);
      await q(`UPDATE ${table} SET D_E_L_E_T_ = D_E_L_E_T_ WHERE ${key}`);
      const [updated] = await q<Stamp>(`SELECT ${STAMP}, D_E_L_E_T_ AS deleted FROM ${table} WHERE ${key} LIMIT 1`);
      await q(`UPDATE ${table} SET D_E_L_E_T_ = '*' WHERE ${key}`);
      const [deleted] = await q<Stamp>(`SELECT ${STAMP}, D_E_L_E_T_ AS deleted FROM ${table} WHERE ${key} LIMIT 1`);
      expect(BigInt(updated!.stamp) > BigInt(before!.stamp), table).toBe(true);
      expect(BigInt(deleted!.stamp) > BigInt(updated!.stamp), table).toBe(true);
      expect(deleted!.deleted, table).toBe("*");
    }
    await sandbox.reset();
  });

  it("keeps shared tables' branch blank and exclusive tables' branch filled", async () => {
    for (const [alias, template] of Object.entries(companyTableTemplates)) {
      const branchColumn = template.columns[0]!.split(" ")[0]!;
      const [row] = await q<{ blank: number; filled: number }>(
        `SELECT count(*) FILTER (WHERE ${branchColumn} = '')::int AS blank, count(*) FILTER (WHERE ${branchColumn} <> '')::int AS filled FROM ${companyTable(alias, "01")}`,
      );
      // SX6 is shared, but X6_FIL names the branch a parameter row is for (MV_ESTADO per branch):
      // blank rows hold for every branch, filled ones only for a branch of the group.
      if (alias === "SX6") continue;
      if (template.sharing === "shared") expect(row!.filled, alias).toBe(0);
      else expect(row!.blank, alias).toBe(0);
    }
    const sx6Branches = await q<{ fil: string }>(
      "SELECT DISTINCT X6_FIL AS fil FROM SX6010 WHERE X6_FIL <> '' ORDER BY 1",
    );
    expect(sx6Branches.map((r) => r.fil)).toEqual(["01", "02"]);
    const [blankRisk] = await q<{ n: number }>(
      "SELECT count(*)::int AS n FROM SX6010 WHERE X6_FIL = '' AND X6_VAR = 'MV_RISCOB'",
    );
    expect(blankRisk!.n).toBe(1);
  });

  it("enforces the unique key among live rows only, like DBAccess", async () => {
    const insert = `INSERT INTO SE4010 (E4_CODIGO, E4_COND, E4_DESCRI, D_E_L_E_T_) VALUES ('002', '30', 'DUPLICADA', $1)`;
    await expect(q(insert, [" "])).rejects.toThrow(/unique/i);
    await q(insert, ["*"]);
    await sandbox.reset();
  });

  it("reset restores changed rows, removes inserted ones, and brings the business date back", async () => {
    const [original] = await q<{ name: string }>(
      "SELECT A1_NOME AS name FROM SA1010 WHERE A1_FILIAL = '01' AND A1_COD = '000002'",
    );
    const [{ count: before }] = (await q<{ count: number }>("SELECT count(*)::int AS count FROM SC5010")) as [
      { count: number },
    ];
    await q("UPDATE SA1010 SET A1_NOME = 'ALTERADO' WHERE A1_FILIAL = '01' AND A1_COD = '000002'");
    await q("UPDATE SC5010 SET D_E_L_E_T_ = '*' WHERE C5_FILIAL = '01' AND C5_NUM = '000001'");
    await q(
      "INSERT INTO SC5010 (C5_FILIAL, C5_NUM, C5_CLIENTE, C5_LOJACLI, C5_CONDPAG, C5_EMISSAO) VALUES ('01', '999999', '000012', '01', '001', $1)",
      [TODAY],
    );
    await q("DELETE FROM SE1010 WHERE R_E_C_N_O_ = 3");
    sandbox.state.clock = { today: "20270101", offsetMs: 0 };

    const res = await sandbox.app.request("/__admin/reset", {
      method: "POST",
      headers: { "x-sandbox-admin-key": "k" },
    });
    expect(res.status).toBe(200);
    const [restored] = await q<{ name: string }>(
      "SELECT A1_NOME AS name FROM SA1010 WHERE A1_FILIAL = '01' AND A1_COD = '000002'",
    );
    expect(restored!.name).toBe(original!.name);
    expect(await q("SELECT 1 FROM SC5010 WHERE C5_NUM = '999999'")).toHaveLength(0);
    expect(
      await q("SELECT 1 FROM SC5010 WHERE C5_FILIAL = '01' AND C5_NUM = '000001' AND D_E_L_E_T_ = ' '"),
    ).toHaveLength(1);
    expect(await q("SELECT 1 FROM SE1010 WHERE R_E_C_N_O_ = 3")).toHaveLength(1);
    expect(await q<{ count: number }>("SELECT count(*)::int AS count FROM SC5010")).toEqual([{ count: before }]);
    expect(businessDate(sandbox.state)).toBe(TODAY);
    // The R_E_C_N_O_ sequence went back too: the next insert reuses the first free record number.
    const [next] = await q<{ recno: number }>(
      "INSERT INTO SC5010 (C5_FILIAL, C5_NUM, C5_CLIENTE, C5_LOJACLI, C5_CONDPAG, C5_EMISSAO) VALUES ('01', '999998', '000012', '01', '001', $1) RETURNING R_E_C_N_O_ AS recno",
      [TODAY],
    );
    expect(next!.recno).toBe(before + 1);
    await sandbox.reset();
  });
});
