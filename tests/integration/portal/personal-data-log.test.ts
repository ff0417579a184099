import { and, eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as accessLogRoute } from "@/app/api/admin/access-log/route";
import { formatDocument } from "@/lib/br-documents";
import { addDays } from "@/lib/dates";
import { customerPageViews } from "@/lib/personal-data";
import { accessLogQuerySchema } from "@/lib/schemas/access-log-query";
import { customerQuerySchema } from "@/lib/schemas/customer-query";
import type { Customer } from "@/lib/types/customer";
import type { PersonalDataAccessPage } from "@/lib/types/personal-data-access";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { getCustomerDetail } from "@/server/services/customer-detail";
import { listCustomers } from "@/server/services/customers";
import {
  accessLogLogins,
  listPersonalDataAccess,
  recordPersonalDataViews,
  REPEAT_WINDOW_MS,
} from "@/server/services/personal-data-log";
import { getDb } from "@/server/store/db";
import { customers, personalDataAccess } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { syncedViewer } from "./order-world";
import { resetWorld } from "./reset";
import { jar } from "./session-jar";

// The route handler reads the session from next-auth's cookie, as the browser sends it.
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

const query = (q: Record<string, string> = {}) => accessLogQuerySchema.parse(q);

/** What the customer page does on its server render: the detail, then its views logged (the page's own two calls). */
async function openCustomerPage(viewer: Viewer, customer: Pick<Customer, "code" | "store">) {
  const detail = await getCustomerDetail(viewer, customer.code, customer.store);
  if (!detail) throw new Error(`${customer.code}/${customer.store} is not ${viewer.login}'s`);
  await recordPersonalDataViews(viewer, customerPageViews(detail.customer, detail.contacts));
  return detail;
}

/** The log's rows (of one record), oldest first, straight from the store. */
async function rowsOf(recordKey?: string) {
  const db = await getDb();
  return db
    .select()
    .from(personalDataAccess)
    .where(recordKey ? eq(personalDataAccess.recordKey, recordKey) : undefined)
    .orderBy(personalDataAccess.at, personalDataAccess.id);
}

/** The seller's synced customers of one kind (A1_PESSOA), live and unblocked, by code: the seed decides which. */
async function customersOf(viewer: Viewer, personType: "F" | "J"): Promise<Customer[]> {
  const db = await getDb();
  const rows = await db
    .select({ data: customers.data })
    .from(customers)
    .where(
      and(
        eq(customers.scope, scopeOf(viewer)),
        eq(customers.blocked, false),
        sql`${customers.data}->>'personType' = ${personType}`,
      ),
    )
    .orderBy(customers.code, customers.store);
  return rows.map((r) => r.data as Customer);
}

async function signIn(username: string, password: string): Promise<Viewer> {
  const result = await login({ alias: "demo", username, password }, "10.41.0.8");
  if (!result.ok) throw new Error(`${username}: ${result.failure}`);
  return viewerFromSession((await loadSession(result.sessionId))!);
}

async function actAs(viewer: Viewer) {
  jar.clear();
  jar.set(
    "next-auth.session-token",
    await encode({ token: { sid: viewer.sessionId }, secret: process.env.AUTH_SECRET! }),
  );
}
const routeGet = (search: string) => accessLogRoute(new Request(`http://portal.test/api/admin/access-log?${search}`));

describe("LGPD access log: who saw a natural person's personal data (services and route over the store)", () => {
  let ana: Viewer;
  let bruno: Viewer;
  let boss: Viewer;
  /** ana's first natural-person customer with a CPF and an e-mail or phone on record. */
  let person: Customer;
  let people: Customer[];
  const key = (c: Pick<Customer, "code" | "store">) => `${c.code.trim()}/${c.store.trim()}`;

  beforeAll(async () => {
    await resetWorld();
    // On PostgreSQL the store outlives other files: this file's log starts empty.
    await (await getDb()).delete(personalDataAccess);
    ana = await syncedViewer("ana", "ana123");
    bruno = await syncedViewer("bruno", "bruno123");
    boss = await signIn("admin", "admin123");
    people = (await customersOf(ana, "F")).filter((c) => c.document.length === 11);
    person = people.find((c) => c.email || c.phone.number)!;
    expect(person, "the seed gives ana natural-person customers").toBeDefined();
  }, 120_000);

  it("ana opens a natural-person customer's page: one row with her, the record, the screen, the kinds of data — and no personal value", async () => {
    const detail = await openCustomerPage(ana, person);
    const rows = (await rowsOf(key(person))).filter((r) => r.entity === "customer");
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      alias: "demo",
      company: "01",
      branch: "01",
      login: "ana",
      userName: ana.userName,
      sellerCode: "000001",
      entity: "customer",
      recordKey: key(person),
      subjectName: person.name,
      screen: "customer-page",
    });
    expect(row!.fields).toEqual(["cpf", ...(person.email ? ["email"] : []), ...(person.phone.number ? ["phone"] : [])]);
    // The business clock's instant: the pinned business date in Brasília.
    expect(row!.at.toLocaleDateString("en-CA", { timeZone: "America/Sao_Paulo" })).toBe(businessToday());
    // The page showed the CPF, e-mail and phones (its contacts' too) in full; the log keeps none of them.
    const stored = JSON.stringify(await rowsOf());
    for (const value of [person.document, formatDocument(person.document), person.email, person.phone.number])
      if (value) expect(stored).not.toContain(value);
    for (const contact of detail.contacts) {
      if (contact.email) expect(stored).not.toContain(contact.email);
      for (const phone of contact.phones) expect(stored).not.toContain(phone.number);
    }
  });

  it("a second view within 60 s adds no row; once the window has passed, the next view is a new row", async () => {
    await openCustomerPage(ana, person);
    await openCustomerPage(ana, person);
    const rows = (await rowsOf(key(person))).filter((r) => r.entity === "customer");
    expect(rows).toHaveLength(1);
    // Rather than wait a minute: the logged view moved back past the window, as if it were older.
    const db = await getDb();
    await db
      .update(personalDataAccess)
      .set({ at: new Date(rows[0]!.at.getTime() - REPEAT_WINDOW_MS - 1_000) })
      .where(eq(personalDataAccess.id, rows[0]!.id));
    await openCustomerPage(ana, person);
    expect((await rowsOf(key(person))).filter((r) => r.entity === "customer")).toHaveLength(2);
  });

  it("a company's page logs no customer row; its contacts, natural persons, are one row listing those shown", async () => {
    const companies = await customersOf(ana, "J");
    const details = await Promise.all(companies.slice(0, 40).map((c) => getCustomerDetail(ana, c.code, c.store)));
    const shows = (d: (typeof details)[number]) => d!.contacts.some((c) => c.email || c.phones.length);
    const bare = details.find((d) => d && !shows(d))!;
    const withContacts = details.find((d) => d && shows(d))!;
    expect(bare && withContacts, "the seed gives ana companies with and without contacts").toBeTruthy();

    const before = await rowsOf();
    await openCustomerPage(ana, bare.customer);
    expect(await rowsOf()).toEqual(before);

    await openCustomerPage(ana, withContacts.customer);
    const shown = withContacts.contacts.filter((c) => c.email || c.phones.length);
    const added = (await rowsOf()).filter((r) => !before.some((b) => b.id === r.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      login: "ana",
      entity: "contact",
      recordKey: shown.map((c) => c.contactId.trim()).join(","),
      subjectName: shown.map((c) => c.name).join(", "),
      screen: "customer-page",
    });
    expect(added[0]!.recordKey).not.toContain(key(withContacts.customer));
  });

  it("bruno viewing a natural-person customer of his own logs under bruno", async () => {
    const his = (await customersOf(bruno, "F")).find((c) => c.document.length === 11)!;
    expect(his.seller).toBe("000002");
    await openCustomerPage(bruno, his);
    const rows = (await rowsOf(key(his))).filter((r) => r.entity === "customer");
    expect(rows.map((r) => [r.login, r.sellerCode, r.subjectName])).toEqual([["bruno", "000002", his.name]]);
  });

  it("the administrator lists the views newest first and filters by login, record or name, and dates", async () => {
    // More views than a page of 5 holds.
    for (const other of people.slice(1, 6)) await openCustomerPage(ana, other);
    const all = await listPersonalDataAccess(boss, query({ pageSize: "100" }));
    if (!all.ok) throw new Error(all.reason);
    expect(all.data.total).toBe(all.data.items.length);
    expect(all.data.items.map((a) => a.at)).toEqual(
      all.data.items
        .map((a) => a.at)
        .sort()
        .reverse(),
    );
    expect(all.data.items.some((a) => a.login === "ana" && a.recordKey === key(person))).toBe(true);
    expect(new Set(all.data.items.map((a) => a.login))).toEqual(new Set(["ana", "bruno"]));

    const anas = await listPersonalDataAccess(boss, query({ login: "ana", pageSize: "100" }));
    expect(anas.ok && anas.data.items.length > 0 && anas.data.items.every((a) => a.login === "ana")).toBe(true);
    const logins = await accessLogLogins(boss);
    expect(logins).toEqual({ ok: true, data: ["ana", "bruno"] });

    // The record by its code, and by a piece of the name typed in lower case.
    const byCode = await listPersonalDataAccess(boss, query({ q: key(person) }));
    expect(byCode.ok && byCode.data.items.map((a) => [a.entity, a.recordKey])).toEqual([
      ["customer", key(person)],
      ["customer", key(person)],
    ]);
    const word = person.name
      .split(" ")
      .find((w) => w.length >= 4)!
      .toLowerCase();
    const byName = await listPersonalDataAccess(boss, query({ q: word, pageSize: "100" }));
    expect(byName.ok && byName.data.items.some((a) => a.recordKey === key(person))).toBe(true);

    // Today (the business date) holds them all; a range ending yesterday, none.
    const today = businessToday();
    const todays = await listPersonalDataAccess(boss, query({ from: today, to: today, pageSize: "100" }));
    expect(todays.ok && todays.data.total).toBe(all.data.total);
    const before = await listPersonalDataAccess(boss, query({ to: addDays(today, -1) }));
    expect(before.ok && before.data.total).toBe(0);

    // Paging, newest first: the second page of five.
    expect(all.data.total).toBeGreaterThan(6);
    const second = await listPersonalDataAccess(boss, query({ pageSize: "5", page: "2" }));
    expect(second.ok && second.data.items.map((a) => a.id)).toEqual(all.data.items.slice(5, 10).map((a) => a.id));
  });

  it("anyone but an administrator is refused, by the service and by the route", async () => {
    expect(await listPersonalDataAccess(ana, query())).toEqual({ ok: false, reason: "forbidden" });
    expect(await accessLogLogins(bruno)).toEqual({ ok: false, reason: "forbidden" });

    await actAs(ana);
    const refused = await routeGet("");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "forbidden" });

    await actAs(boss);
    const answer = await routeGet(`login=ana&q=${encodeURIComponent(key(person))}`);
    expect(answer.status).toBe(200);
    const page = (await answer.json()) as PersonalDataAccessPage;
    expect(page.items.map((a) => [a.login, a.recordKey, a.fields.includes("cpf")])).toEqual([
      ["ana", key(person), true],
      ["ana", key(person), true],
    ]);
    expect((await routeGet("from=2026-02-30")).status).toBe(400);
  });

  it("the customers list masks a natural person's CPF, keeps a CNPJ whole, and still finds the person by the CPF typed", async () => {
    const found = await listCustomers(ana, customerQuerySchema.parse({ q: person.document }));
    const item = found.items.find((c) => c.code === person.code && c.store === person.store)!;
    expect(item.document).toBe(`***.${person.document.slice(3, 6)}.${person.document.slice(6, 9)}-**`);
    const company = (await customersOf(ana, "J"))[0]!;
    const byCnpj = await listCustomers(ana, customerQuerySchema.parse({ q: company.document }));
    expect(byCnpj.items.find((c) => c.code === company.code)!.document).toBe(formatDocument(company.document));
  });
});
