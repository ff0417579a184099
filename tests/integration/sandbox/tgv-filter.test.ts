import { describe, expect, it } from "vitest";
import { parseFields, parseOrder, parsePaging, parseSyncDate } from "@/sandbox/protheus/tgv/collection-params";
import type { FieldMap } from "@/sandbox/protheus/tgv/fields";
import { FilterError, parseFilter } from "@/sandbox/protheus/tgv/filter-parser";
import { filterToSql } from "@/sandbox/protheus/tgv/filter-sql";
import { SqlParams } from "@/sandbox/protheus/tgv/sql-params";

/**
 * The `filter` parser and compiler in isolation. Risk: a filter string reaching the SQL text
 * (injection) or a non-allow-listed column being queried — every value must end up as a `$n`
 * parameter and every field must come from the entity's allow-list.
 */
const fields: FieldMap = {
  code: { sql: "t.A1_COD", type: "string", filter: true },
  name: { sql: "t.A1_NOME", type: "string", filter: true },
  creditLimit: { sql: "t.A1_LC", type: "number", filter: true },
  lastpurchase: { sql: "t.A1_ULTCOM", type: "date", filter: true },
  blocked: { sql: "(t.A1_MSBLQL = '1')", type: "boolean", filter: true },
  secret: { sql: "t.A1_SECRET", type: "string" },
};

function compile(filter: string) {
  const params = new SqlParams();
  return { sql: filterToSql(filter, fields, params), values: params.values };
}

function rejects(filter: string): FilterError {
  try {
    compile(filter);
  } catch (err) {
    expect(err).toBeInstanceOf(FilterError);
    return err as FilterError;
  }
  throw new Error(`filter was accepted: ${filter}`);
}

describe("filter parser", () => {
  it("parses every comparison operator", () => {
    for (const [op, sql] of [
      ["eq", "="],
      ["ne", "<>"],
      ["gt", ">"],
      ["ge", ">="],
      ["lt", "<"],
      ["le", "<="],
    ]) {
      expect(compile(`creditLimit ${op} 100`)).toEqual({ sql: `t.A1_LC ${sql} $1`, values: [100] });
    }
  });

  it("gives and precedence over or, and honours parentheses", () => {
    expect(compile("code eq 'a' or code eq 'b' and name eq 'c'").sql).toBe(
      "(t.A1_COD = $1 OR (t.A1_COD = $2 AND t.A1_NOME = $3))",
    );
    expect(compile("(code eq 'a' or code eq 'b') and name eq 'c'").sql).toBe(
      "((t.A1_COD = $1 OR t.A1_COD = $2) AND t.A1_NOME = $3)",
    );
  });

  it("unescapes '' inside string literals and keeps the value out of the SQL", () => {
    const { sql, values } = compile("name eq 'D''ÁVILA; DROP TABLE sa1010 --'");
    expect(sql).toBe("t.A1_NOME = $1");
    expect(values).toEqual(["D'ÁVILA; DROP TABLE sa1010 --"]);
  });

  it("compiles contains/startswith case-insensitively with LIKE wildcards escaped", () => {
    expect(compile("contains(name,'50%_off')")).toEqual({
      sql: "upper(t.A1_NOME) LIKE upper($1) ESCAPE '\\'",
      values: ["%50\\%\\_off%"],
    });
    expect(compile("startswith(code, '00')").values).toEqual(["00%"]);
  });

  it("accepts keywords in any case and field names case-insensitively", () => {
    expect(compile("CODE EQ '1' AND CreditLimit GE 1.5").values).toEqual(["1", 1.5]);
    expect(compile("creditlimit lt -3").values).toEqual([-3]);
  });

  it("converts ISO and Protheus dates to YYYYMMDD and treats blank dates as NULL", () => {
    expect(compile("lastpurchase ge '2026-01-31'")).toEqual({
      sql: "NULLIF(t.A1_ULTCOM, '') >= $1",
      values: ["20260131"],
    });
    expect(compile("lastpurchase lt '20260131'").values).toEqual(["20260131"]);
  });

  it("compares booleans with eq/ne only", () => {
    expect(compile("blocked eq true")).toEqual({ sql: "((t.A1_MSBLQL = '1')) = $1", values: [true] });
    expect(rejects("blocked gt false").message).toMatch(/apenas eq e ne/);
  });

  it("rejects fields outside the allow-list, naming the allowed ones", () => {
    const err = rejects("secret eq 'x'");
    expect(err.message).toMatch(/"secret" não pode ser filtrado/);
    expect(err.message).toContain("code, name, creditLimit");
    expect(rejects("A1_COD eq '1'").message).toMatch(/não pode ser filtrado/);
  });

  it("rejects literal type mismatches (400, not a database cast error)", () => {
    expect(rejects("creditLimit eq '10'").message).toMatch(/espera um número/);
    expect(rejects("code eq 10").message).toMatch(/espera um texto/);
    expect(rejects("lastpurchase eq '2026-02-30'").message).toMatch(/espera uma data/);
    expect(rejects("contains(creditLimit,'1')").message).toMatch(/só se aplica a campos de texto/);
  });

  it.each([
    ["unknown operator", "code like 'a'"],
    ["SQL operator", "code = 'a'"],
    ["statement separator", "code eq 'a'; DROP TABLE sa1010"],
    ["SQL comment", "code eq 'a' -- x"],
    ["tautology", "code eq 'a' or 1 eq 1"],
    ["unterminated string", "code eq 'a"],
    ["missing value", "code eq"],
    ["missing right side of and", "code eq 'a' and"],
    ["unbalanced parenthesis", "(code eq 'a'"],
    ["stray parenthesis", "code eq 'a')"],
    ["double quotes", 'code eq "a"'],
    ["function on the right", "code eq upper('a')"],
    ["unknown function", "endswith(name,'a')"],
    ["not operator", "not code eq 'a'"],
    ["subquery", "code eq (select 1)"],
    ["field to field", "code eq name"],
    ["empty", "   "],
    ["number glued to letters", "creditLimit eq 1e5"],
  ])("rejects %s", (_label, filter) => {
    expect(rejects(filter).message).toMatch(/^Filtro inválido/);
  });

  it("limits length, number of terms and nesting", () => {
    expect(rejects(`name eq '${"x".repeat(2100)}'`).message).toMatch(/caracteres/);
    expect(rejects(Array.from({ length: 51 }, () => "code eq 'a'").join(" or ")).message).toMatch(/condições/);
    expect(rejects(`${"(".repeat(11)}code eq 'a'${")".repeat(11)}`).message).toMatch(/parênteses/);
  });

  it("parses into a small AST", () => {
    expect(parseFilter("contains(name,'x') and code ne 'y'")).toEqual({
      kind: "and",
      left: { kind: "function", name: "contains", field: "name", value: "x" },
      right: { kind: "compare", field: "code", op: "ne", value: { type: "string", value: "y" } },
    });
  });
});

describe("paging, order, fields and diff dates", () => {
  it("defaults to page 1 of 10 and caps pageSize silently", () => {
    expect(parsePaging({}, 500)).toEqual({ page: 1, pageSize: 10, offset: 0 });
    expect(parsePaging({ page: "3", pageSize: "9999" }, 500)).toEqual({ page: 3, pageSize: 500, offset: 1000 });
    expect(parsePaging({ pageSize: "9999" }, 5000).pageSize).toBe(5000);
    for (const bad of ["0", "-1", "1.5", "abc", "1 OR 1=1"])
      expect(() => parsePaging({ page: bad }, 500)).toThrow(/page inválido/);
  });

  it("orders by allow-listed fields only", () => {
    expect(parseOrder("name,-creditLimit", fields)).toEqual(["t.A1_NOME ASC", "t.A1_LC DESC"]);
    expect(() => parseOrder("secret", fields)).toThrow(/order inválido/);
    expect(() => parseOrder("name;drop", fields)).toThrow(/order inválido/);
  });

  it("selects a subset of the wire fields", () => {
    expect(parseFields("code, name,code", fields)).toEqual(["code", "name"]);
    expect(parseFields(undefined, fields)).toEqual(Object.keys(fields));
    expect(() => parseFields("code,A1_COD", fields)).toThrow(/fields inválido/);
  });

  it("accepts po_sync_date and Protheus-style diff dates", () => {
    expect(parseSyncDate("2026-11-22T10:00:00Z")).toBe("2026-11-22T10:00:00Z");
    expect(parseSyncDate("2026-11-22T10:00:00.123Z")).toBe("2026-11-22T10:00:00.123Z");
    expect(parseSyncDate("2026-11-22T10:00:00-03:00")).toBe("2026-11-22T10:00:00-03:00");
    expect(parseSyncDate("2026-11-22T10:00:00")).toBe("2026-11-22T10:00:00Z");
    expect(parseSyncDate("20261122")).toBe("2026-11-22T00:00:00Z");
    expect(parseSyncDate("1900-01-01")).toBe("1900-01-01T00:00:00Z");
    for (const bad of ["2026-02-30", "20261322", "yesterday", "2026-11-22T25:00:00Z", "2026-11-22'; --"]) {
      expect(() => parseSyncDate(bad)).toThrow(/Data de sincronização inválida/);
    }
  });
});
