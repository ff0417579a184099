/**
 * Basic auth of the FIEC endpoints against RM's users (GUSUARIO), as sandbox/docs/sge.md documents:
 * `integracao`/`integracao123` active, `bloqueado`/`bloqueado123` inactive (STATUS 0 → 401).
 * Passwords are scrypt hashes in the Protheus users' format (protheus/users.ts), so the seed
 * stays deterministic; a verified pair is remembered (by digest) so each call costs no scrypt.
 */
import { createHash, scrypt, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { sgeError } from "./envelope";

export const sgeUsers = [
  { login: "integracao", password: "integracao123", name: "Usuário de integração Salesforce/Protheus", active: true },
  { login: "bloqueado", password: "bloqueado123", name: "Usuário de integração inativo", active: false },
] as const;

const AUTH_FAILED = "Usuário ou senha inválidos.";

const verified = new Set<string>();

function scryptHex(password: string, salt: string, n: number): Promise<string> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, 32, { N: n }, (err, key) => (err ? reject(err) : resolve(key.toString("hex")))),
  );
}

async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const memo = createHash("sha256").update(`${stored}\u0000${password}`).digest("hex");
  if (verified.has(memo)) return true;
  const [scheme, n, salt, expected] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !expected || !n) return false;
  const actual = Buffer.from(await scryptHex(password, salt, Number(n)), "hex");
  const wanted = Buffer.from(expected, "hex");
  const ok = actual.length === wanted.length && timingSafeEqual(actual, wanted);
  if (ok) verified.add(memo);
  return ok;
}

function credentials(header: string | undefined): { login: string; password: string } | null {
  const match = /^Basic\s+(.+)$/i.exec(header ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1]!.trim(), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon <= 0 ? null : { login: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** 401 with the FIEC envelope for a missing, malformed, wrong or inactive user. */
export function requireSgeUser(state: SandboxState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = credentials(c.req.header("authorization"));
    if (given) c.set("logUser", given.login);
    const { rows } = given
      ? await state.db.query<{ senha: string; status: number }>(
          "SELECT SENHA AS senha, STATUS AS status FROM GUSUARIO WHERE lower(CODUSUARIO) = lower($1) AND D_E_L_E_T_ = ' '",
          [given.login],
        )
      : { rows: [] };
    const user = rows[0];
    if (!given || !user || user.status !== 1 || !(await passwordMatches(given.password, user.senha))) {
      c.header("WWW-Authenticate", 'Basic realm="RM"');
      return sgeError(c, 401, AUTH_FAILED);
    }
    await next();
  };
}
