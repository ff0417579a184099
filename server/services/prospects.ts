import "server-only";
import { and, asc, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { maskDocument } from "@/lib/mask";
import type { ProspectQuery } from "@/lib/schemas/prospect-query";
import type { Prospect, ProspectListItem, ProspectPage, ProspectQuotation, ProspectView } from "@/lib/types/prospect";
import type { Quotation } from "@/lib/types/quotation";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchProspect } from "@/server/erp/protheus/prospects";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { prospects, quotations } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { findCustomer, searchCondition } from "./customers";
import { pageColumns, pageOf, syncKey } from "./list-page";
import { quotationToday } from "./quotations";

// "Meus prospects": the list from the store, one prospect of the viewer (ownership, the page's live read).

const sortColumns = {
  name: prospects.name,
  code: prospects.code,
  inclusionDate: prospects.inclusionDate,
  city: prospects.city,
} as const;

function conditions(scope: string, query: ProspectQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(prospects.scope, scope), searchCondition(prospects.search, query.q)];
  if (query.status === "converted") where.push(eq(prospects.status, "converted"));
  if (query.status === "open") where.push(ne(prospects.status, "converted"));
  if (query.uf) where.push(eq(prospects.uf, query.uf));
  return and(...where);
}

function toListItem(p: Prospect): ProspectListItem {
  return {
    id: p.id,
    code: p.code,
    store: p.store,
    name: p.name,
    tradeName: p.tradeName,
    personType: p.personType,
    // A list never carries a natural person's CPF in full (LGPD, issue 18): masked here, a CNPJ stays whole.
    document: maskDocument(p.document),
    city: p.address.city,
    uf: p.address.uf,
    status: p.status,
    customer: p.customer,
    inclusionDate: p.inclusionDate,
  };
}

/**
 * "Meus prospects" from the local store, scoped by the viewer (the scope column is the only way in,
 * so another seller's prospects cannot match any filter): search by name, trade name, code/store,
 * CPF/CNPJ (with or without its mask) or city; status (still a prospect / converted) and UF filters;
 * sort; paging.
 */
export async function listProspects(viewer: Viewer, query: ProspectQuery): Promise<ProspectPage> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const where = conditions(scope, query);
  const order = query.dir === "desc" ? desc(sortColumns[query.sort]) : asc(sortColumns[query.sort]);
  const count = db
    .select({ total: sql<number>`count(*)::int` })
    .from(prospects)
    .where(where);
  const rows = await db
    .select({ data: prospects.data, ...pageColumns(count, syncKey(scope, "prospects")) })
    .from(prospects)
    .where(where)
    .orderBy(order, asc(prospects.code), asc(prospects.store))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const page = await pageOf(rows, () => count, scope, "prospects");
  return {
    items: page.rows.map((r) => toListItem(r.data as Prospect)),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    syncedAt: page.syncedAt,
  };
}

/** The UFs the viewer's prospects are in, alphabetically: the UF filter's options. */
export async function prospectUfs(viewer: Viewer): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ uf: prospects.uf })
    .from(prospects)
    .where(and(eq(prospects.scope, scopeOf(viewer)), ne(prospects.uf, "")))
    .orderBy(asc(prospects.uf));
  return rows.map((r) => r.uf);
}

const validKey = (code: string, store: string) => /^[0-9A-Za-z]{1,6}$/.test(code) && /^[0-9A-Za-z]{1,2}$/.test(store);

async function storedProspect(viewer: Viewer, code: string, store: string) {
  if (!validKey(code, store)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ data: prospects.data, syncedAt: prospects.syncedAt })
    .from(prospects)
    .where(and(eq(prospects.scope, scopeOf(viewer)), eq(prospects.code, code), eq(prospects.store, store)))
    .limit(1);
  return row ? { prospect: row.data as Prospect, syncedAt: row.syncedAt } : null;
}

/** One of the viewer's synced prospects by code and store (null for anyone else's or an unknown one). */
export async function ownProspect(viewer: Viewer, code: string, store: string): Promise<Prospect | null> {
  return (await storedProspect(viewer, code, store))?.prospect ?? null;
}

/** The prospect's quotations among the synced ones (CJ_PROSPE/CJ_LOJPRO), newest first, with today's status. */
async function prospectQuotations(scope: string, p: Prospect): Promise<ProspectQuotation[]> {
  const db = await getDb();
  const rows = await db
    .select({ data: quotations.data })
    .from(quotations)
    .where(and(eq(quotations.scope, scope), eq(quotations.prospect, p.code), eq(quotations.prospectStore, p.store)))
    .orderBy(desc(quotations.issueDate), desc(quotations.number));
  return rows.map((r) => {
    const q = quotationToday(r.data as Quotation);
    return {
      id: q.id,
      number: q.number,
      issueDate: q.issueDate,
      validity: q.validity,
      status: q.status,
      total: q.total,
    };
  });
}

/**
 * The prospect page: one of the viewer's prospects, or null — also when it belongs to another
 * seller. The synced copy says whose it is; the ERP is then asked for it as it is now, and when it
 * does not answer the page shows the synced copy (`source: "store"`).
 */
export async function getProspect(viewer: Viewer, code: string, store: string): Promise<ProspectView | null> {
  const stored = await storedProspect(viewer, code, store);
  if (!stored) return null;
  let prospect = stored.prospect;
  let source: ProspectView["source"] = "store";
  try {
    const live = await fetchProspect(await erpForViewer(viewer), prospect.code, prospect.store);
    // The ERP scopes by seller too; an answer for someone else's prospect would be a contract breach.
    if (live.seller === prospect.seller) {
      prospect = live;
      source = "erp";
    }
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    // Deleted in the ERP since the last sync: gone for the rep as well.
    if (error.kind === "not_found") return null;
    log.warn("prospect.offline", { kind: error.kind, detail: error.detail });
  }
  const scope = scopeOf(viewer);
  const [quotationRows, customer] = await Promise.all([
    prospectQuotations(scope, prospect),
    prospect.customer ? findCustomer(viewer, prospect.customer.code, prospect.customer.store) : null,
  ]);
  return { prospect, customer, quotations: quotationRows, source, syncedAt: stored.syncedAt.toISOString() };
}
