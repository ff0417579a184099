import type { Context, Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import { runCollection } from "./collection";
import type { EntityDefinition, QueryContext } from "./entity";
import { findOneOr404, registerCollection, TGV_BASE } from "./routes";
import { requireSellerViewer } from "./viewer";

/**
 * Price lists (DA0, shared) and their items (DA1, shared), OMSA010. The path keeps the PGV's
 * camel case (`priceList`); `priceList/{code}/items` (+ `/diff/{d}`, `/sync/diff/{d}`) is [defined here]. Deleted flag as 1/0.
 * `inicialdate` is spelled as the PGV spells it.
 */
export const priceListsEntity: EntityDefinition = {
  name: "priceList",
  from: ({ viewer }) => `${companyTable("DA0", viewer.tenant.company)} t`,
  branch: { column: "t.DA0_FILIAL", shared: true },
  deleted: { field: "deleted", style: "number" },
  fields: {
    branchid: { sql: "t.DA0_FILIAL", type: "string" },
    code: { sql: "t.DA0_CODTAB", type: "string", filter: true },
    description: { sql: "t.DA0_DESCRI", type: "string", filter: true },
    inicialdate: { sql: "t.DA0_DATDE", type: "date", filter: true },
    // Blank DA0_DATATE = no end date (null on the wire).
    finaldate: { sql: "t.DA0_DATATE", type: "date", filter: true },
    // DA0_ATIVO as kept: '1' active, '2' inactive.
    status: { sql: "t.DA0_ATIVO", type: "string", filter: true },
  },
  defaultOrder: "code",
};

export const priceListItemsEntity: EntityDefinition = {
  name: "priceList items",
  from: ({ viewer }) => `${companyTable("DA1", viewer.tenant.company)} t`,
  branch: { column: "t.DA1_FILIAL", shared: true },
  deleted: { field: "deleted", style: "number" },
  fields: {
    itemCode: { sql: "t.DA1_CODPRO", type: "string", filter: true },
    // DA1_PRCMIN: a customer field of many PGV installs, not standard DA1 [defined here].
    minimumSalesPrice: { sql: "t.DA1_PRCMIN", type: "number", filter: true },
    price: { sql: "t.DA1_PRCVEN", type: "number", filter: true },
    // DA1_ATIVO = '1': the item's price may be used [defined here: boolean].
    activeItemPrice: { sql: "(t.DA1_ATIVO = '1')", type: "boolean", filter: true },
    // DA1_DATVIG: date from which the item price applies (null = as the list).
    itemValidity: { sql: "t.DA1_DATVIG", type: "date", filter: true },
  },
  defaultOrder: "itemCode",
};

export function registerPriceListRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "priceList", priceListsEntity);

  /** Items of one list; with `diffDate`, the items stamped after it (deleted ones flagged). */
  const items = async (c: Context<AppEnv>, diffDate?: string) => {
    const viewer = await requireSellerViewer(state, c);
    const code = c.req.param("code") ?? "";
    const list = ({ params }: QueryContext) => `t.DA0_CODTAB = ${params.add(code)}`;
    await findOneOr404(state, priceListsEntity, viewer, list, "Tabela de preço não encontrada.", { fields: "code" });
    return c.json(
      await runCollection(state, priceListItemsEntity, viewer, {
        query: c.req.query(),
        diffDate,
        where: ({ params }) => `t.DA1_CODTAB = ${params.add(code)}`,
      }),
    );
  };
  rest.get(`${TGV_BASE}/priceList/:code/items/diff/:date`, (c) => items(c, c.req.param("date")));
  rest.get(`${TGV_BASE}/priceList/:code/items/sync/diff/:date`, (c) => items(c, c.req.param("date")));
  rest.get(`${TGV_BASE}/priceList/:code/items`, (c) => items(c));
}
