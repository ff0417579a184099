import { Hono } from "hono";
import { z } from "zod";
import { isPrivilegeKey } from "../../lib/privileges";
import type { AppEnv, SandboxState } from "../context";
import { companyTable, type Database } from "../db";
import { readJsonBody, TotvsError } from "../errors";

/**
 * `GET /rest/api/tgv/privileges` [defined here] (sandbox/docs/privileges.md): the menu and action
 * privileges of the token's user in the tenant's company group, from the custom tables ZPP
 * (profiles) and ZPU (user → profile). Plus `/__admin/privileges` to change them while a portal
 * session is open (a change reaches it at its next privilege refresh).
 */

type Row = { profile: string; description: string; key: string; permit: string };

/** The user's profile and its rows (live ones only), or null when the user has none. */
async function profileOf(
  db: Database,
  group: string,
  userId: string,
): Promise<{ profile: string; rows: Row[] } | null> {
  const { rows: users } = await db.query<{ profile: string }>(
    `SELECT trim(ZPU_PERFIL) AS profile FROM ${companyTable("ZPU", group)}
      WHERE ZPU_FILIAL = '' AND ZPU_CODUSR = $1 AND D_E_L_E_T_ = ' '`,
    [userId],
  );
  const profile = users[0]?.profile;
  if (!profile) return null;
  const { rows } = await db.query<Row>(
    `SELECT trim(ZPP_PERFIL) AS profile, ZPP_DESCRI AS description, trim(ZPP_CHAVE) AS key, ZPP_PERMIT AS permit
       FROM ${companyTable("ZPP", group)}
      WHERE ZPP_FILIAL = '' AND ZPP_PERFIL = $1 AND D_E_L_E_T_ = ' '
      ORDER BY ZPP_CHAVE`,
    [profile],
  );
  return { profile, rows };
}

export function registerPrivilegeRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  rest.get("/api/tgv/privileges", async (c) => {
    const user = c.get("user")!;
    const found = await profileOf(state.db, c.get("tenant")!.company, user.id);
    if (!found) return c.json({ user: user.id, profile: null, privileges: [] });
    const fallback = found.rows.find((r) => r.key === "*");
    return c.json({
      user: user.id,
      profile: found.profile,
      description: found.rows[0]?.description.trim() ?? "",
      ...(fallback ? { default: fallback.permit } : {}),
      privileges: found.rows.filter((r) => r.key !== "*").map((r) => ({ key: r.key, allowed: r.permit })),
    });
  });
}

const flag = z.union([z.boolean(), z.enum(["S", "N"])]).transform((v) => (v === true || v === "S" ? "S" : "N"));
const groupSchema = z
  .string()
  .regex(/^[0-9A-Z]{2}$/)
  .default("01");
const userBodySchema = z.object({ group: groupSchema, profile: z.string().trim().min(1).max(20).nullable() }).strict();
const profileBodySchema = z
  .object({
    group: groupSchema,
    description: z.string().max(60).optional(),
    privileges: z.record(
      z.string().refine((k) => k === "*" || isPrivilegeKey(k), "unknown privilege key"),
      flag.nullable(),
    ),
  })
  .strict();

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(body)"}: ${i.message}`).join("; ");
  throw new TotvsError(400, "Corpo inválido.", detail);
}

/**
 * `/__admin/privileges` (mounted by admin.ts behind its guard): `GET` every profile and assignment;
 * `PUT /users/{login}` `{ "profile": "VEND_CONSULTA" | null }` gives a user a profile or takes it
 * away; `PUT /profiles/{code}` `{ "privileges": { "orders.delete": "N", "orders.add": null } }` sets
 * keys (S/N or true/false; null removes the row, so the role decides again). Rows are replaced the
 * DBAccess way: the old one soft-deleted, a new one inserted.
 */
export function privilegeAdminRoutes(state: SandboxState): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();

  admin.get("/privileges", async (c) => {
    const group = parse(groupSchema, c.req.query("group"));
    const { rows: profiles } = await state.db.query(
      `SELECT trim(ZPP_PERFIL) AS profile, trim(ZPP_CHAVE) AS key, ZPP_PERMIT AS allowed FROM ${companyTable("ZPP", group)}
        WHERE D_E_L_E_T_ = ' ' ORDER BY ZPP_PERFIL, ZPP_CHAVE`,
    );
    const { rows: users } = await state.db.query(
      `SELECT u.USR_CODIGO AS login, z.ZPU_CODUSR AS "userId", trim(z.ZPU_PERFIL) AS profile
         FROM ${companyTable("ZPU", group)} z JOIN SYS_USR u ON u.USR_ID = z.ZPU_CODUSR
        WHERE z.D_E_L_E_T_ = ' ' ORDER BY u.USR_CODIGO`,
    );
    return c.json({ profiles, users });
  });

  admin.put("/privileges/users/:login", async (c) => {
    const body = parse(userBodySchema, await readJsonBody(c));
    const { rows } = await state.db.query<{ id: string }>(
      "SELECT USR_ID AS id FROM SYS_USR WHERE lower(USR_CODIGO) = lower($1) AND D_E_L_E_T_ = ' '",
      [c.req.param("login")],
    );
    const userId = rows[0]?.id;
    if (!userId) throw new TotvsError(404, "Usuário não encontrado.", `login ${c.req.param("login")}`);
    const table = companyTable("ZPU", body.group);
    await state.db.transaction(async (tx) => {
      await tx.query(`UPDATE ${table} SET D_E_L_E_T_ = '*' WHERE ZPU_CODUSR = $1 AND D_E_L_E_T_ = ' '`, [userId]);
      if (body.profile)
        await tx.query(`INSERT INTO ${table} (ZPU_CODUSR, ZPU_PERFIL) VALUES ($1, $2)`, [userId, body.profile]);
    });
    return c.json({ login: c.req.param("login"), userId, profile: body.profile });
  });

  admin.put("/privileges/profiles/:profile", async (c) => {
    const body = parse(profileBodySchema, await readJsonBody(c));
    const profile = c.req.param("profile").trim();
    if (!profile || profile.length > 20) throw new TotvsError(400, "Perfil inválido.", `profile ${profile}`);
    const table = companyTable("ZPP", body.group);
    await state.db.transaction(async (tx) => {
      const { rows: named } = await tx.query<{ description: string }>(
        `SELECT ZPP_DESCRI AS description FROM ${table} WHERE ZPP_PERFIL = $1 AND D_E_L_E_T_ = ' ' LIMIT 1`,
        [profile],
      );
      const description = body.description ?? named[0]?.description ?? "";
      for (const [key, permit] of Object.entries(body.privileges)) {
        await tx.query(
          `UPDATE ${table} SET D_E_L_E_T_ = '*' WHERE ZPP_PERFIL = $1 AND ZPP_CHAVE = $2 AND D_E_L_E_T_ = ' '`,
          [profile, key],
        );
        if (permit)
          await tx.query(
            `INSERT INTO ${table} (ZPP_PERFIL, ZPP_DESCRI, ZPP_CHAVE, ZPP_PERMIT) VALUES ($1, $2, $3, $4)`,
            [profile, description, key, permit],
          );
      }
    });
    const found = await state.db.query<Row>(
      `SELECT trim(ZPP_CHAVE) AS key, ZPP_PERMIT AS permit FROM ${table}
        WHERE ZPP_PERFIL = $1 AND D_E_L_E_T_ = ' ' ORDER BY ZPP_CHAVE`,
      [profile],
    );
    return c.json({ profile, privileges: Object.fromEntries(found.rows.map((r) => [r.key, r.permit])) });
  });
  return admin;
}
