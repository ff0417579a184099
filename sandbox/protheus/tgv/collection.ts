import { businessDate, type SandboxState } from "../../context";
import { TotvsError } from "../../errors";
import { parseFields, parseOrder, parsePaging, parseSyncDate } from "./collection-params";
import type { CollectionPage, EntityDefinition, QueryContext } from "./entity";
import { deletedField, selectExpression, type FieldMap } from "./fields";
import { FilterError } from "./filter-parser";
import { filterToSql } from "./filter-sql";
import { SqlParams } from "./sql-params";
import type { Viewer } from "./viewer";

/**
 * The generic engine behind every PGV collection. One statement pair per request, inside one
 * transaction so the page and its count see the same snapshot:
 *   WHERE xFilial AND (live rows | S_T_A_M_P_ > diff date) AND seller scope AND filter AND extra
 *   ORDER BY <order | default>, R_E_C_N_O_  LIMIT pageSize OFFSET (page-1)*pageSize
 * (`pageByRecno` entities pick the page's R_E_C_N_O_ that way and compute the fields for those only).
 * Non-diff lists hide deleted rows; diffs return them with the entity's deleted flag, which is how
 * PO Sync learns about deletions (ERP-CONTRACT.md §4).
 */

type CollectionRequest = {
  /** Raw query parameters (page, pageSize, order, fields, filter; others are ignored). */
  query: Record<string, string>;
  /** The `{date}` of a diff route, raw; undefined for a plain list. */
  diffDate?: string;
  /** Route-specific condition (e.g. one customer's titles). */
  where?: (ctx: QueryContext) => string;
};

const WIRE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const defaults = (def: EntityDefinition) => ({
  stamp: def.stamp ?? "t.S_T_A_M_P_",
  recno: def.recno ?? "t.R_E_C_N_O_",
  deletedColumn: def.deleted.column ?? "t.D_E_L_E_T_",
});

/** The entity's fields plus its deleted flag. */
function allFields(def: EntityDefinition): FieldMap {
  return { ...def.fields, [def.deleted.field]: deletedField(defaults(def).deletedColumn, def.deleted.style) };
}

function buildWhere(def: EntityDefinition, ctx: QueryContext, request: CollectionRequest): string[] {
  const { params, viewer } = ctx;
  const { stamp, deletedColumn } = defaults(def);
  // xFilial(): a shared table's rows carry a blank branch (char comparison ignores the padding).
  const conditions = [`${def.branch.column} = ${params.add(def.branch.shared ? "" : viewer.tenant.branch)}`];
  if (ctx.since === undefined) conditions.push(`${deletedColumn} = ' '`);
  else conditions.push(def.changedSince ? def.changedSince(ctx, ctx.since) : `${stamp} > ${ctx.since}`);
  if (def.where) conditions.push(def.where(ctx));
  const scope = def.scope?.(ctx);
  if (scope) conditions.push(scope);
  const filter = request.query.filter ?? request.query.$filter;
  if (filter !== undefined && filter.trim() !== "") {
    try {
      conditions.push(filterToSql(filter, def.fields, params));
    } catch (err) {
      if (err instanceof FilterError) throw new TotvsError(400, err.message, `${err.detail} — filter=${filter}`);
      throw err;
    }
  }
  if (request.where) conditions.push(request.where(ctx));
  return conditions;
}

export async function runCollection(
  state: SandboxState,
  def: EntityDefinition,
  viewer: Viewer,
  request: CollectionRequest,
): Promise<CollectionPage> {
  const startedAt = new Date();
  const fields = allFields(def);
  const { recno } = defaults(def);
  const paging = parsePaging(request.query, def.maxPageSize ?? 500);
  const order = parseOrder(request.query.order, def.fields) ?? parseOrder(def.defaultOrder, def.fields) ?? [];
  let wanted = parseFields(request.query.fields, fields);
  // A diff without its deleted flag would hide deletions from the client: always send it.
  if (request.diffDate !== undefined && !wanted.includes(def.deleted.field)) wanted = [...wanted, def.deleted.field];

  const params = new SqlParams();
  const since =
    request.diffDate === undefined ? undefined : `${params.add(parseSyncDate(request.diffDate))}::timestamptz`;
  const ctx: QueryContext = { viewer, params, today: businessDate(state), since };
  const from = def.from(ctx);
  // A DBAccess without UseRowStamp=1 has no S_T_A_M_P_ to compare: a diff finds no row (switch `useRowStamp`).
  const stampless = since !== undefined && !state.switches.useRowStamp ? ["FALSE"] : [];
  const where = [...buildWhere(def, ctx, request), ...stampless].join("\n    AND ");
  const select = wanted.map((name) => {
    if (!WIRE_NAME.test(name)) throw new Error(`Invalid wire field name ${name} in ${def.name}`);
    return `${selectExpression(fields[name]!)} AS "${name}"`;
  });

  const { rows, total } = await state.db.transaction(async (tx) => {
    const orderBy = [...order, `${recno} ASC`].join(", ");
    const window = `ORDER BY ${orderBy} LIMIT ${paging.pageSize} OFFSET ${paging.offset}`;
    const page = await tx.query<Record<string, unknown>>(
      def.pageByRecno
        ? `SELECT ${select.join(", ")} FROM ${from}
            WHERE ${where}
              AND ${recno} = ANY (ARRAY(SELECT ${recno} FROM ${from} WHERE ${where} ${window}))
            ORDER BY ${orderBy}`
        : `SELECT ${select.join(", ")} FROM ${from}
            WHERE ${where}
            ${window}`,
      params.values,
    );
    // A short, non-empty page (or an empty first page) is the last one: its count is known.
    const known = page.rows.length < paging.pageSize && (page.rows.length > 0 || paging.offset === 0);
    if (known) return { rows: page.rows, total: paging.offset + page.rows.length };
    const count = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`, params.values);
    return { rows: page.rows, total: count.rows[0]?.n ?? 0 };
  });

  const remainingRecords = Math.max(0, total - paging.offset - rows.length);
  const items = def.afterFetch ? await def.afterFetch(rows, { ...ctx, fields: wanted }) : rows;
  return { hasNext: remainingRecords > 0, remainingRecords, po_sync_date: startedAt.toISOString(), items };
}

/** One record through the same engine (scope and xFilial included); undefined when out of reach. */
export async function findOne(
  state: SandboxState,
  def: EntityDefinition,
  viewer: Viewer,
  where: (ctx: QueryContext) => string,
  query: Record<string, string> = {},
): Promise<Record<string, unknown> | undefined> {
  const page = await runCollection(state, def, viewer, {
    query: { fields: query.fields ?? "", page: "1", pageSize: "1" },
    where,
  });
  return page.items[0];
}
