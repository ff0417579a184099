import type { Hono } from "hono";
import { businessDate, type AppEnv, type SandboxState } from "../../context";
import { companyTable } from "../../db";
import { runCollection } from "./collection";
import { customerKey, customersEntity } from "./customers";
import { customerOfSeller, todayParam } from "./customer-scope";
import type { EntityDefinition, QueryContext } from "./entity";
import { findOneOr404, registerCollection, TGV_BASE } from "./routes";
import { requireSellerViewer } from "./viewer";

/**
 * `financialsecurities`: receivables (SE1, exclusive) of the viewer's customers. A title is
 * overdue when E1_VENCREA < business date and E1_SALDO > 0, paid when E1_SALDO = 0 (FINA040
 * legend); `status` = open | paid | overdue [defined here]. The business date (dDataBase) is
 * joined in as `bd.today` so every expression reads the same parameter.
 */
const OVERDUE = "(t.E1_SALDO > 0 AND t.E1_VENCREA < bd.today)";

const financialSecuritiesEntity: EntityDefinition = {
  name: "financialsecurities",
  from: (ctx) =>
    `${companyTable("SE1", ctx.viewer.tenant.company)} t CROSS JOIN (SELECT ${todayParam(ctx)} AS today) bd`,
  branch: { column: "t.E1_FILIAL" },
  pageByRecno: true,
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    // Protheus key (X2_UNICO): branch + prefix + number + instalment + type, fixed width.
    id: {
      sql: "(t.E1_FILIAL || rpad(t.E1_PREFIXO, 3) || rpad(t.E1_NUM, 9) || rpad(t.E1_PARCELA, 1) || rpad(t.E1_TIPO, 3))",
      type: "string",
      filter: true,
    },
    branchid: { sql: "t.E1_FILIAL", type: "string" },
    prefix: { sql: "t.E1_PREFIXO", type: "string", filter: true },
    titlecode: { sql: "t.E1_NUM", type: "string", filter: true },
    installment: { sql: "t.E1_PARCELA", type: "string", filter: true },
    type: { sql: "t.E1_TIPO", type: "string", filter: true },
    customerid: { sql: "t.E1_CLIENTE", type: "string", filter: true },
    customerstore: { sql: "t.E1_LOJA", type: "string", filter: true },
    billvalue: { sql: "t.E1_VALOR", type: "number", filter: true },
    titlebalance: { sql: "t.E1_SALDO", type: "number", filter: true },
    writeofnetvalue: { sql: "t.E1_VALLIQ", type: "number" },
    installmentmaturity: { sql: "t.E1_VENCREA", type: "date", filter: true },
    issuedate: { sql: "t.E1_EMISSAO", type: "date", filter: true },
    // Last write-off date (E1_BAIXA), null while nothing was received [field defined here].
    writeoffdate: { sql: "t.E1_BAIXA", type: "date", filter: true },
    status: {
      sql: `(CASE WHEN t.E1_SALDO <= 0 THEN 'paid' WHEN ${OVERDUE} THEN 'overdue' ELSE 'open' END)`,
      type: "string",
      filter: true,
    },
  },
  defaultOrder: "installmentmaturity,customerid,customerstore",
  scope: (ctx) => customerOfSeller(ctx, "t.E1_CLIENTE", "t.E1_LOJA"),
};

const ofCustomer =
  (code: string, store: string) =>
  ({ params }: QueryContext) =>
    `t.E1_CLIENTE = ${params.add(code)} AND t.E1_LOJA = ${params.add(store)}`;

export function registerFinancialSecuritiesRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "financialsecurities", financialSecuritiesEntity);

  /**
   * `{ financialdefault }`: overdue open balance (sum of E1_SALDO of overdue titles) of one
   * customer. The customer must be in scope (404 otherwise, like every single-record route).
   */
  rest.get(`${TGV_BASE}/financialsecurities/financialdefault/:code/:store`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const { code, store } = c.req.param();
    await findOneOr404(state, customersEntity, viewer, customerKey(code, store), "Cliente não encontrado.", {
      fields: "code",
    });
    // numeric sum in SQL: amounts never go through binary floating point before the wire.
    const { rows } = await state.db.query<{ total: string }>(
      `SELECT COALESCE(sum(E1_SALDO), 0)::text AS total FROM ${companyTable("SE1", viewer.tenant.company)}
        WHERE E1_FILIAL = $1 AND E1_CLIENTE = $2 AND E1_LOJA = $3 AND D_E_L_E_T_ = ' '
          AND E1_SALDO > 0 AND E1_VENCREA < $4`,
      [viewer.tenant.branch, code, store, businessDate(state)],
    );
    return c.json({ financialdefault: Number(rows[0]?.total ?? 0) });
  });

  /**
   * Receivables of one customer, online (the portal's customer page) [path defined here]: the same
   * collection (paging, order, fields, filter) restricted to the customer; 404 when out of scope.
   */
  rest.get(`${TGV_BASE}/customers/:code/:store/financialsecurities`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const { code, store } = c.req.param();
    await findOneOr404(state, customersEntity, viewer, customerKey(code, store), "Cliente não encontrado.", {
      fields: "code",
    });
    return c.json(
      await runCollection(state, financialSecuritiesEntity, viewer, {
        query: c.req.query(),
        where: ofCustomer(code, store),
      }),
    );
  });
}
