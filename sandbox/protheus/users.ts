import { createHash, scrypt, timingSafeEqual } from "node:crypto";
import type { Database } from "../db";

/** A Protheus user (SYS_USR) as the sandbox's handlers see it. */
export type ProtheusUser = {
  id: string;
  login: string;
  name: string;
  email: string;
  isAdmin: boolean;
};

const SCRYPT_N = 16_384;

function scryptHex(password: string, salt: string): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, 32, { N: SCRYPT_N }, (err, key) => (err ? reject(err) : resolve(key.toString("hex")))),
  );
}

/**
 * Hashes a password as `scrypt$N$salt$hash`. The seed derives the salt from the login so the demo
 * database is byte-for-byte deterministic; hashes are memoised so `POST /__admin/reset` stays fast.
 */
const hashCache = new Map<string, string>();
export async function hashPassword(password: string, salt: string): Promise<string> {
  const key = `${salt}\u0000${password}`;
  const cached = hashCache.get(key);
  if (cached) return cached;
  const hash = `scrypt$${SCRYPT_N}$${salt}$${await scryptHex(password, salt)}`;
  hashCache.set(key, hash);
  return hash;
}

export function seedSalt(login: string): string {
  return createHash("sha256").update(`pgv-sandbox:${login}`).digest("hex").slice(0, 32);
}

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, , salt, expected] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !expected) return false;
  const actual = Buffer.from(await scryptHex(password, salt), "hex");
  const wanted = Buffer.from(expected, "hex");
  return actual.length === wanted.length && timingSafeEqual(actual, wanted);
}

type UserRow = { id: string; login: string; name: string; email: string; admin: string; blocked: string; psw: string };

const userColumns = `USR_ID AS id, USR_CODIGO AS login, USR_NOME AS name, USR_EMAIL AS email,
  USR_ADMIN AS admin, USR_MSBLQL AS blocked, USR_PSW AS psw`;

function toUser(row: UserRow): ProtheusUser {
  return { id: row.id, login: row.login, name: row.name, email: row.email, isAdmin: row.admin === "1" };
}

/** Logins are case-insensitive in Protheus. Blocked users (USR_MSBLQL = '1') cannot sign in. */
export async function verifyCredentials(
  db: Database,
  login: string,
  password: string,
): Promise<ProtheusUser | undefined> {
  if (!login || !password) return undefined;
  const { rows } = await db.query<UserRow>(
    `SELECT ${userColumns} FROM SYS_USR WHERE lower(USR_CODIGO) = lower($1) AND D_E_L_E_T_ = ' '`,
    [login.trim()],
  );
  const row = rows[0];
  if (!row || row.blocked === "1" || !(await verifyPassword(password, row.psw))) return undefined;
  return toUser(row);
}

export async function findUserById(db: Database, id: string): Promise<ProtheusUser | undefined> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${userColumns} FROM SYS_USR WHERE USR_ID = $1 AND D_E_L_E_T_ = ' ' AND USR_MSBLQL <> '1'`,
    [id],
  );
  return rows[0] ? toUser(rows[0]) : undefined;
}

/** The administrator (USR_ID 000000): who a Security=0 Appserver runs anonymous calls as. */
export async function findAdministrator(db: Database): Promise<ProtheusUser> {
  const admin = await findUserById(db, "000000");
  if (!admin) throw new Error("The sandbox database has no administrator (USR_ID 000000)");
  return admin;
}

/** Whether the user may work in this company/branch. Administrators may work in all of them. */
export async function userMayAccess(
  db: Database,
  user: ProtheusUser,
  company: string,
  branch: string,
): Promise<boolean> {
  if (user.isAdmin) return true;
  const { rows } = await db.query(
    `SELECT 1 FROM SYS_USR_FILIAL
      WHERE USR_ID = $1 AND USR_GRPEMP = $2 AND USR_FILIAL = $3 AND D_E_L_E_T_ = ' '`,
    [user.id, company, branch],
  );
  return rows.length > 0;
}
