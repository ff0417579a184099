import type { PGlite, Transaction } from "@electric-sql/pglite";
import { companyTable } from "../db";

/** Anything that runs a query: the database, or the transaction a job step runs in. */
export type Sql = Pick<PGlite | Transaction, "query">;

/** Physical names of the tables the order and quotation flows touch, for one company group (SC5 → SC5010). */
export function orderTables(company: string) {
  const t = (alias: string) => companyTable(alias, company);
  return {
    SA1: t("SA1"),
    SA3: t("SA3"),
    SA4: t("SA4"),
    SB1: t("SB1"),
    SB2: t("SB2"),
    SE4: t("SE4"),
    DA0: t("DA0"),
    DA1: t("DA1"),
    SX5: t("SX5"),
    SX6: t("SX6"),
    SF4: t("SF4"),
    SF7: t("SF7"),
    SFM: t("SFM"),
    SC5: t("SC5"),
    SC6: t("SC6"),
    SC9: t("SC9"),
    SCJ: t("SCJ"),
    SCK: t("SCK"),
    SF2: t("SF2"),
    SD2: t("SD2"),
    SE1: t("SE1"),
    SCT: t("SCT"),
    A1S: t("A1S"),
    ZTQ: t("ZTQ"),
  };
}

export type OrderTables = ReturnType<typeof orderTables>;

/** Where an order lives: company group + branch (exclusive tables carry the branch). */
export type Scope = { company: string; branch: string };

/** The order's wire id [defined here, like customers' `A1_FILIAL+A1_COD+A1_LOJA`]: C5_FILIAL + C5_NUM. */
export function orderId(branch: string, number: string): string {
  return `${branch}${number}`;
}

/** `salesorders/{id}`: `0100012` style ids (branch + C5_NUM) or a bare 6-character C5_NUM. */
export function orderNumberFromId(id: string, branch: string): string | undefined {
  if (id.length === 6) return id;
  if (id.length === branch.length + 6 && id.startsWith(branch)) return id.slice(branch.length);
  return undefined;
}
