import { randomBytes } from "node:crypto";
import type { RuntimeSwitches } from "../config";
import type { Database } from "../db";

/**
 * Opaque bearer tokens (Protheus and Mingle alike) stored with their expiry. Lifetimes come from
 * the runtime switches at the moment of issue, so a test can shorten them and see real expiry.
 * A Mingle token records the Protheus token it stands for in `linked_token`.
 */
type Realm = "protheus" | "mingle";
type TokenKind = "access" | "refresh";

export type TokenPair = { accessToken: string; refreshToken: string; expiresIn: number };

type TokenRow = { token: string; userId: string; setId: string | null; linkedToken: string | null };

const newToken = () => randomBytes(32).toString("base64url");

export async function issuePair(
  db: Database,
  switches: RuntimeSwitches,
  grant: { realm: Realm; userId: string; setId?: string; linkedAccess?: string; linkedRefresh?: string },
): Promise<TokenPair> {
  const pair = { accessToken: newToken(), refreshToken: newToken(), expiresIn: switches.accessTokenTtl };
  const insert = `INSERT INTO sbx_token (token, realm, kind, user_id, set_id, linked_token, expires_at)
                  VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`;
  const { realm, userId } = grant;
  const setId = grant.setId ?? null;
  await db.query(insert, [
    pair.accessToken,
    realm,
    "access",
    userId,
    setId,
    grant.linkedAccess ?? null,
    switches.accessTokenTtl,
  ]);
  await db.query(insert, [
    pair.refreshToken,
    realm,
    "refresh",
    userId,
    setId,
    grant.linkedRefresh ?? null,
    switches.refreshTokenTtl,
  ]);
  return pair;
}

/** A live (not expired, not revoked) token of that realm and kind. */
export async function findToken(
  db: Database,
  token: string,
  realm: Realm,
  kind: TokenKind,
): Promise<TokenRow | undefined> {
  if (!token) return undefined;
  const { rows } = await db.query<TokenRow>(
    `SELECT token, user_id AS "userId", set_id AS "setId", linked_token AS "linkedToken"
       FROM sbx_token WHERE token = $1 AND realm = $2 AND kind = $3 AND expires_at > now()`,
    [token, realm, kind],
  );
  return rows[0];
}

/**
 * Removes a token; true when it existed. Used for revocation and to consume a refresh token
 * (single use: the DELETE … RETURNING makes two concurrent refreshes with one token yield one pair).
 */
export async function revokeToken(db: Database, token: string): Promise<boolean> {
  const { rows } = await db.query("DELETE FROM sbx_token WHERE token = $1 RETURNING token", [token]);
  return rows.length > 0;
}

/**
 * `POST /__admin/tokens/expire[?kind=refresh|all]`: every access token (default), every refresh
 * token, or both expire now — what hours of waiting would do, without a test waiting for it.
 */
export async function expireTokens(db: Database, kind: "access" | "refresh" | "all" = "access"): Promise<number> {
  const result = await db.query(
    "UPDATE sbx_token SET expires_at = now() - interval '1 second' WHERE $1 = 'all' OR kind = $1",
    [kind],
  );
  return result.affectedRows ?? 0;
}

/**
 * `GET /__admin/tokens?user=ana`: the live tokens held for a login (both realms). Tests search
 * every response the browser got and the portal's log for them, to prove none leaks.
 */
export async function tokensOfLogin(
  db: Database,
  login: string,
): Promise<{ token: string; realm: Realm; kind: TokenKind }[]> {
  const { rows } = await db.query<{ token: string; realm: Realm; kind: TokenKind }>(
    `SELECT t.token, t.realm, t.kind FROM sbx_token t JOIN SYS_USR u ON u.USR_ID = t.user_id
      WHERE lower(u.USR_CODIGO) = lower($1) AND u.D_E_L_E_T_ = ' ' ORDER BY t.realm, t.kind`,
    [login],
  );
  return rows;
}
