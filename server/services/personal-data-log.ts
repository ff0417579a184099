import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { AccessLogQuery } from "@/lib/schemas/access-log-query";
import { searchText } from "@/lib/search-text";
import {
  personalDataFields,
  type PersonalDataAccess,
  type PersonalDataAccessPage,
  type PersonalDataField,
  type PersonalDataView,
} from "@/lib/types/personal-data-access";
import type { Viewer } from "@/server/auth/viewer";
import { businessNow } from "@/server/clock";
import { getDb } from "@/server/store/db";
import { personalDataAccess as log } from "@/server/store/schema";

/**
 * The LGPD access log (issue 18, PGV's "sensitive-data access log"): who saw a natural person's
 * personal data, when (the business clock), which record, from which screen, and which kinds of
 * data (`fields`) — never the CPF, e-mail or phone themselves. Screens record on their server
 * render (the person opened the page), never from an API a page polls; a repeat of the same view —
 * the same login, tenant, record and screen within REPEAT_WINDOW_MS (a reload, going back to the
 * page) — adds no row. Only administrators read it, within their alias.
 */

export const REPEAT_WINDOW_MS = 60_000;

/** One view of a natural person's data: written unless the same view was logged in the last 60 s. True when written. */
export async function recordPersonalDataView(viewer: Viewer, view: PersonalDataView): Promise<boolean> {
  const db = await getDb();
  const at = businessNow();
  const same = and(
    eq(log.alias, viewer.alias),
    eq(log.recordKey, view.recordKey),
    eq(log.company, viewer.tenant.company),
    eq(log.branch, viewer.tenant.branch),
    eq(log.login, viewer.login),
    eq(log.entity, view.entity),
    eq(log.screen, view.screen),
    gt(log.at, new Date(at.getTime() - REPEAT_WINDOW_MS)),
  );
  return db.transaction(async (tx) => {
    // Two renders of one page at once (PostgreSQL, several instances) check and write one at a time.
    const key = [viewer.alias, viewer.tenant.company, viewer.tenant.branch, viewer.login, view.recordKey].join("|");
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`lgpd|${key}`}, 0))`);
    const [recent] = await tx.select({ id: log.id }).from(log).where(same).limit(1);
    if (recent) return false;
    await tx.insert(log).values({
      id: randomUUID(),
      alias: viewer.alias,
      company: viewer.tenant.company,
      branch: viewer.tenant.branch,
      login: viewer.login,
      userName: viewer.userName,
      sellerCode: viewer.seller?.code ?? null,
      entity: view.entity,
      recordKey: view.recordKey,
      subjectName: view.subjectName,
      search: searchText(view.subjectName, view.recordKey),
      fields: view.fields,
      screen: view.screen,
      at,
    });
    return true;
  });
}

/** Every view a screen showed (lib/personal-data.ts), one row each. */
export async function recordPersonalDataViews(viewer: Viewer, views: PersonalDataView[]): Promise<void> {
  for (const view of views) await recordPersonalDataView(viewer, view);
}

type AdminOutcome<T> = { ok: true; data: T } | { ok: false; reason: "forbidden" };
const forbidden = { ok: false, reason: "forbidden" } as const;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
/** The first instant of a business day (`days` after `day`), in Brasília, the business time zone. */
const dayStart = (day: string, days = 0) =>
  sql`((${day}::date + ${days}::int)::timestamp at time zone 'America/Sao_Paulo')`;

function conditions(viewer: Viewer, query: AccessLogQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(log.alias, viewer.alias)];
  if (query.login) where.push(eq(log.login, query.login));
  if (query.q) where.push(sql`${log.search} like ${`%${likeEscape(searchText(query.q))}%`}`);
  if (query.from) where.push(sql`${log.at} >= ${dayStart(query.from)}`);
  if (query.to) where.push(sql`${log.at} < ${dayStart(query.to, 1)}`);
  return and(...where);
}

const isField = (f: string): f is PersonalDataField => (personalDataFields as readonly string[]).includes(f);

/** The alias' logged views, newest first, for its administrators; anyone else is refused. */
export async function listPersonalDataAccess(
  viewer: Viewer,
  query: AccessLogQuery,
): Promise<AdminOutcome<PersonalDataAccessPage>> {
  if (!viewer.isAdmin) return forbidden;
  const db = await getDb();
  const where = conditions(viewer, query);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(log)
      .where(where)
      .orderBy(desc(log.at), desc(log.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(log)
      .where(where),
  ]);
  const items: PersonalDataAccess[] = rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    login: r.login,
    userName: r.userName,
    sellerCode: r.sellerCode,
    company: r.company,
    branch: r.branch,
    entity: r.entity,
    recordKey: r.recordKey,
    subjectName: r.subjectName,
    fields: r.fields.filter(isField),
    screen: r.screen,
  }));
  return { ok: true, data: { items, total: count?.total ?? 0, page: query.page, pageSize: query.pageSize } };
}

/** The logins with a logged view in the alias (the list's login filter), for its administrators. */
export async function accessLogLogins(viewer: Viewer): Promise<AdminOutcome<string[]>> {
  if (!viewer.isAdmin) return forbidden;
  const db = await getDb();
  const rows = await db
    .selectDistinct({ login: log.login })
    .from(log)
    .where(eq(log.alias, viewer.alias))
    .orderBy(asc(log.login));
  return { ok: true, data: rows.map((r) => r.login) };
}
