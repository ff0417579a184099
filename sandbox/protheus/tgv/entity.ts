import type { DeletedStyle, FieldMap } from "./fields";
import type { SqlParams } from "./sql-params";
import type { Viewer } from "./viewer";

/**
 * What an entity's SQL fragments may use: the viewer, the statement's parameter list, the
 * business date (Protheus dDataBase, `YYYYMMDD`) — overdue titles depend on it, not on the clock —
 * and, for a diff, the placeholder of its date (`$n::timestamptz`), so a FROM can narrow what it
 * joins to the rows changed since.
 */
export type QueryContext = { viewer: Viewer; params: SqlParams; today: string; since?: string };

/**
 * One PGV collection (ERP-CONTRACT.md §4), declared once and served by the generic engine
 * (`collection.ts`): list, both diff URL families, single records, filter/order/fields/paging.
 */
export type EntityDefinition = {
  /** For messages and logs (`customers`). */
  name: string;
  /**
   * FROM clause; the main row is alias `t`. Build company table names with
   * `companyTable(alias, ctx.viewer.tenant.company)`; any value goes through `ctx.params.add()`.
   */
  from: (ctx: QueryContext) => string;
  /**
   * xFilial: the branch column of the main row. Exclusive tables (SX2 X2_MODO 'E') hold the
   * tenant's branch; shared ones ('C') hold blanks, so xFilial() returns '  ' for them.
   */
  branch: { column: string; shared?: boolean };
  /** Wire name and value style of the deleted flag; the column defaults to `t.D_E_L_E_T_`. */
  deleted: { field: string; style: DeletedStyle; column?: string };
  /** Row stamp compared by the diffs; defaults to `t.S_T_A_M_P_`. */
  stamp?: string;
  /**
   * Diff condition when the stamp is derived (e.g. a customer's status changes with its titles):
   * receives the placeholder of the diff date (already `::timestamptz`). Defaults to `stamp > date`.
   */
  changedSince?: (ctx: QueryContext, since: string) => string;
  /** Unique tie-breaker that makes paging stable; defaults to `t.R_E_C_N_O_`. */
  recno?: string;
  /**
   * One wire row per main row (`from` joins nothing that repeats it): the page's rows are picked by
   * `recno` first and the fields computed for those rows only, so a deep page does not compute the
   * expensive fields (lookups, aggregates) of every row it skips.
   */
  pageByRecno?: boolean;
  /** Wire fields (the deleted flag is added by the engine). `filter: true` = usable in filter/order. */
  fields: FieldMap;
  /** Default order, `order` syntax (`code,store` / `-issuedate`). */
  defaultOrder: string;
  /** pageSize cap: 500 unless the contract says otherwise (phonecontacts: 5000). */
  maxPageSize?: number;
  /** Fixed condition of the entity (e.g. SX5 table 'DJ'), applied on every route. */
  where?: (ctx: QueryContext) => string;
  /** Seller scope as a SQL condition; return undefined for "everything" (administrators). */
  scope?: (ctx: QueryContext) => string | undefined;
  /**
   * Post-processing of a page (e.g. nest order items). Receives the selected rows, returns the
   * items; `fields` is what the client asked for.
   */
  afterFetch?: (
    rows: Record<string, unknown>[],
    ctx: QueryContext & { fields: string[] },
  ) => Promise<Record<string, unknown>[]>;
};

/** Answer of every PGV collection route. `po_sync_date`: start of the query, ISO UTC. */
export type CollectionPage = {
  hasNext: boolean;
  remainingRecords: number;
  po_sync_date: string;
  items: Record<string, unknown>[];
};
