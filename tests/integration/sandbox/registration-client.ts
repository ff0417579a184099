import { beforeEach, expect } from "vitest";
import { withCheckDigits } from "@/lib/br-documents";
import { sandboxAdmin } from "../sandbox-admin";
import { type Session, api, runJobs, session } from "./orders-client";

/**
 * Helpers of the field-registration contract tests (sandbox/docs/registration.md): customers,
 * prospects and contacts. Documents with real check digits (made here, so no two test files share
 * a random one), a valid company body and a valid person body in São Paulo (IBGE 3550308, CEP
 * 01310100, SP state registration 110042490114), the 202 and queue shapes, "write + job + queue
 * item", and a freshly reset sandbox with signed-in users before each test.
 */

export type RegistrationAccepted = { queueId: string; status: number; id: string | null; duplicate: boolean };

/** One item of `customersqueue` / `prospectsqueue` / `contactsqueue` (the record id field differs). */
export type RegistrationQueueItem = {
  id: string;
  operation: string;
  status: number;
  message: string;
  externalid: string;
  seller: string;
  customerid?: string | null;
  prospectid?: string | null;
  contactid?: string | null;
};

export type RegistrationQueue = "customersqueue" | "prospectsqueue" | "contactsqueue";

/** What `customers` and `prospects` both answer for a record (the GET field names they share). */
export type RegisteredRecord = {
  id: string;
  branch: string;
  code: string;
  store: string;
  name: string;
  fantasy: string;
  personType: string;
  customertype: string;
  cgc: string;
  estadualregistration: string;
  contributor: string;
  zipcode: string;
  uf: string;
  citycode: string;
  city: string;
  phone: string;
  vendor: string;
  status: string;
  inclusionDate: string;
  externalid: string;
  stamp: string;
  deleted?: boolean;
};

export type FieldDetail = {
  code: string;
  field: string;
  message: string;
  reason?: string;
  duplicateOf?: string;
  customer?: { code: string; store: string };
  prospect?: { code: string; store: string };
};
export type ErrorBody = { code: number; message: string; detailedMessage: string; details?: FieldDetail[] };

/** A CNPJ with valid check digits: root `9` + 7 digits of `n`, establishment `branch` (0001 the head office). */
export const testCnpj = (n: number, branch = 1): string =>
  withCheckDigits(`9${String(n).padStart(7, "0")}${String(branch).padStart(4, "0")}`);

/** A CPF with valid check digits: `8` + 8 digits of `n`. */
export const testCpf = (n: number): string => withCheckDigits(`8${String(n).padStart(8, "0")}`);

/** The state registration of São Paulo in every body (check digits valid for SP only). */
export const SP_IE = "110042490114";

/** A valid company (J) in São Paulo: reseller (R) with a state registration, payment condition 001. */
export function companyBody(cgc: string, extra: Record<string, unknown> = {}) {
  return {
    personType: "J",
    cgc,
    name: "Mercado Boa Vista Ltda",
    fantasy: "Boa Vista",
    customertype: "R",
    estadualregistration: SP_IE,
    municipalregistration: "",
    cnae: "4711302",
    zipcode: "01310100",
    address: "Av. Paulista, 1000",
    addresscomplement: "sala 2",
    neighborhood: "Bela Vista",
    uf: "SP",
    citycode: "3550308",
    ddd: "11",
    phone: "30001000",
    email: "compras@boavista.com.br",
    contact: "Marta",
    paymentconditions: "001",
    ...extra,
  };
}

/** A valid person (F) in São Paulo: final consumer, no state registration, a mobile phone. */
export function personBody(cgc: string, extra: Record<string, unknown> = {}) {
  return {
    personType: "F",
    cgc,
    name: "Marta Souza Lima",
    customertype: "F",
    zipcode: "01310100",
    address: "Rua Augusta, 500",
    neighborhood: "Consolação",
    uf: "SP",
    citycode: "3550308",
    ddd: "11",
    phone: "987654321",
    email: "marta.lima@example.com.br",
    ...extra,
  };
}

export async function registrationQueueItem(
  who: Session,
  queue: RegistrationQueue,
  queueId: string,
): Promise<RegistrationQueueItem | undefined> {
  const res = await api<{ items: RegistrationQueueItem[] }>(
    who,
    "GET",
    `/${queue}?filter=${encodeURIComponent(`id eq '${queueId}'`)}`,
  );
  return res.body.items[0];
}

/** Every item of the caller's queue (a fresh sandbox has none: "nothing queued"). */
export async function registrationQueue(who: Session, queue: RegistrationQueue): Promise<RegistrationQueueItem[]> {
  return (await api<{ items: RegistrationQueueItem[] }>(who, "GET", `/${queue}?pageSize=100`)).body.items;
}

/** A write that must be accepted (202), the job run, and its queue item as it ended. */
export async function writeAndRun(
  who: Session,
  method: "POST" | "PUT" | "DELETE",
  path: string,
  queue: RegistrationQueue,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ accepted: RegistrationAccepted; item: RegistrationQueueItem }> {
  const res = await api<RegistrationAccepted>(who, method, path, options);
  if (res.status !== 202) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  await runJobs();
  const item = await registrationQueueItem(who, queue, res.body.queueId);
  if (!item) throw new Error(`queue item ${res.body.queueId} not in ${queue}`);
  return { accepted: res.body, item };
}

/** POST + job: the customer or prospect the job created (its queue item must have ended done), as GET answers it. */
export async function createRecord<T extends RegisteredRecord>(
  who: Session,
  resource: "customers" | "prospects",
  body: unknown,
): Promise<T> {
  const { item } = await writeAndRun(who, "POST", `/${resource}`, `${resource}queue`, { body });
  expect(item, JSON.stringify(item)).toMatchObject({ status: 2, operation: "insert" });
  const id = (resource === "customers" ? item.customerid : item.prospectid)!;
  const res = await api<T>(who, "GET", `/${resource}/${id.slice(2, 8)}/${id.slice(8, 10)}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** The next code of SA1 or SUS in branch 01 of group 01: max + 1 over every row, deleted ones included. */
export async function nextCode(table: "SA1010" | "SUS010"): Promise<string> {
  const column = table === "SUS010" ? "US" : "A1";
  const [row] = await sql<{ next: string }>(
    `SELECT lpad((max(${column}_COD::int) + 1)::text, 6, '0') AS next FROM ${table} WHERE ${column}_FILIAL = '01'`,
  );
  return row!.next;
}

/** Rows through the sandbox's admin SQL (test setup and checks of what the API does not show). */
export const sql = <R = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sandboxAdmin()
    .sql<R>(text, params)
    .then((r) => r.rows);

/** Demo users' passwords (sandbox/seed/fixed.ts): ana and bruno sellers in 01/01, carla no seller. */
const PASSWORDS = { ana: "ana123", bruno: "bruno123", carla: "carla123", admin: "admin123" } as const;
export type DemoLogin = keyof typeof PASSWORDS;

/**
 * A freshly reset sandbox before each test (reset empties the token store and releases a held
 * job), with these users signed in again in 01/01.
 */
export function freshSandboxWith<L extends DemoLogin>(
  logins: readonly L[],
  use: (sessions: Record<L, Session>) => void,
) {
  beforeEach(async () => {
    await sandboxAdmin().reset();
    const entries = await Promise.all(logins.map(async (l) => [l, await session(l, PASSWORDS[l])] as const));
    use(Object.fromEntries(entries) as Record<L, Session>);
  });
}
