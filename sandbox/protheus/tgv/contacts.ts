import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import type { EntityDefinition, QueryContext } from "./entity";
import { registerCollection } from "./routes";
import { sellerOf } from "./viewer";

/**
 * `contacts` (SU5, linked to customers and prospects through AC8, TMKA070) and `phonecontacts`
 * (AGB). These are the old-style PGV adapters: id `internalid`, deleted flag `d_e_l_e_t_` carrying
 * the raw D_E_L_E_T_ ('*' / ' '). A contact is the viewer's when an AC8 link ties it to a customer
 * of theirs (AC8_ENTIDA 'SA1', AC8_FILENT = tenant branch, AC8_CODENT = A1_COD + A1_LOJA) or to a
 * prospect of theirs ('SUS', US_COD + US_LOJA, US_VEND); a deleted contact keeps reaching its
 * seller's diff through its (possibly deleted) link. Writes: contacts-routes.ts.
 */
/**
 * Joins the main row (`t`, of table `alias`, whose contact code is `contactColumn`) to its first link
 * (AC8) to a customer or prospect of the viewer in the tenant branch, as `lc` with that entity's
 * CGC, AC8_ENTIDA and code + store. A derived table joined on the contact code (not a per-contact
 * LATERAL), so the planner can start from the seller's customers and prospects (SA1 / SUS indexes
 * on the seller): one branch per entity table, UNION ALL, then one link per contact — a live link
 * first, a customer's before a prospect's (a converted prospect's contacts are linked to both). In
 * a diff, the links are narrowed to the contacts whose row was stamped after the date, so an empty
 * diff does not walk every link of the seller. A live row needs a live link; a deleted one still
 * reaches its seller's diff through its link.
 */
function joinLinkedContacts(ctx: QueryContext, alias: "SU5" | "AGB", contactColumn: string): string {
  const { viewer, params } = ctx;
  const company = viewer.tenant.company;
  const seller = sellerOf(viewer);
  const branch = params.add(viewer.tenant.branch);
  const sellerParam = seller === undefined ? undefined : params.add(seller);
  const changed = ctx.since
    ? `AND l.AC8_CODCON IN (SELECT x.${contactColumn} FROM ${companyTable(alias, company)} x WHERE x.S_T_A_M_P_ > ${ctx.since})`
    : "";
  const links = (entity: "SA1" | "SUS", p: "A1" | "US") =>
    `SELECT l.AC8_CODCON AS contact, e.${p}_CGC AS cgc, l.D_E_L_E_T_ AS link_deleted, '${entity}' AS entity,
            l.AC8_CODENT AS code, l.R_E_C_N_O_ AS recno
       FROM ${companyTable("AC8", company)} l
       JOIN ${companyTable(entity, company)} e
         ON e.${p}_FILIAL = l.AC8_FILENT AND e.${p}_COD = substr(l.AC8_CODENT, 1, 6) AND e.${p}_LOJA = substr(l.AC8_CODENT, 7, 2)
      WHERE l.AC8_ENTIDA = '${entity}' AND l.AC8_FILENT = ${branch}
        ${sellerParam === undefined ? "" : `AND e.${p}_VEND = ${sellerParam}`}
        ${changed}`;
  return `JOIN (SELECT DISTINCT ON (k.contact) k.contact, k.cgc, k.link_deleted, k.entity, k.code
      FROM (${links("SA1", "A1")}
            UNION ALL
            ${links("SUS", "US")}) k
     ORDER BY k.contact, k.link_deleted, k.entity, k.recno) lc
    ON lc.contact = t.${contactColumn} AND (lc.link_deleted = ' ' OR t.D_E_L_E_T_ = '*')`;
}

/** Which entity the contact belongs to: AC8_ENTIDA (`SA1` customer, `SUS` prospect) and its code + store. */
const ENTITY_FIELDS = {
  entitytype: { sql: "lc.entity", type: "string", filter: true },
  entitycode: { sql: "lc.code", type: "string", filter: true },
} as const;

const STAMP_ISO = { sql: "t.S_T_A_M_P_", type: "timestamp" } as const;

export const contactsEntity: EntityDefinition = {
  name: "contacts",
  from: (ctx) => `${companyTable("SU5", ctx.viewer.tenant.company)} t
    ${joinLinkedContacts(ctx, "SU5", "U5_CODCONT")}`,
  branch: { column: "t.U5_FILIAL", shared: true },
  deleted: { field: "d_e_l_e_t_", style: "star" },
  fields: {
    internalid: { sql: "t.U5_CODCONT", type: "string", filter: true },
    contactid: { sql: "t.U5_CODCONT", type: "string", filter: true },
    // The customer's (or prospect's) CNPJ/CPF: how the PGV app ties a contact to a customer.
    cgcentity: { sql: "lc.cgc", type: "string", filter: true },
    name: { sql: "t.U5_CONTAT", type: "string", filter: true },
    email: { sql: "t.U5_EMAIL", type: "string", filter: true },
    // Last change of the record (its S_T_A_M_P_), ISO UTC.
    datetime: STAMP_ISO,
    ...ENTITY_FIELDS,
    role: { sql: "t.U5_FUNCAO", type: "string", filter: true },
    // The same S_T_A_M_P_ under the name the queued writes take as If-Match (contacts-routes.ts).
    stamp: STAMP_ISO,
  },
  defaultOrder: "internalid",
};

export const phoneContactsEntity: EntityDefinition = {
  name: "phonecontacts",
  from: (ctx) => `${companyTable("AGB", ctx.viewer.tenant.company)} t
    JOIN ${companyTable("SU5", ctx.viewer.tenant.company)} u ON t.AGB_ENTIDA = 'SU5' AND u.U5_FILIAL = t.AGB_FILIAL AND u.U5_CODCONT = t.AGB_CODENT
    ${joinLinkedContacts(ctx, "AGB", "AGB_CODENT")}`,
  branch: { column: "t.AGB_FILIAL", shared: true },
  deleted: { field: "d_e_l_e_t_", style: "star" },
  fields: {
    internalid: { sql: "t.AGB_CODIGO", type: "string", filter: true },
    // The contact's `internalid` (U5_CODCONT).
    contactinternalid: { sql: "t.AGB_CODENT", type: "string", filter: true },
    // AGB_TIPO: 1 comercial, 2 residencial, 3 fax, 4 celular.
    phonetype: { sql: "t.AGB_TIPO", type: "string", filter: true },
    ddd: { sql: "t.AGB_DDD", type: "string" },
    ddi: { sql: "t.AGB_DDI", type: "string" },
    phone: { sql: "t.AGB_TELEFO", type: "string", filter: true },
    email: { sql: "u.U5_EMAIL", type: "string" },
    complement: { sql: "t.AGB_COMP", type: "string" },
    datetime: STAMP_ISO,
    ...ENTITY_FIELDS,
    // AGB_PADRAO 1: the contact's main phone.
    main: { sql: "(t.AGB_PADRAO = '1')", type: "boolean" },
  },
  defaultOrder: "contactinternalid,internalid",
  // The PGV syncs phones in big pages (ERP-CONTRACT.md §4: pageSize 5000).
  maxPageSize: 5000,
};

export function registerContactRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "contacts", contactsEntity);
  registerCollection(rest, state, "phonecontacts", phoneContactsEntity);
}
