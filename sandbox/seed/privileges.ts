import type { PrivilegeKey } from "../../lib/privileges";
import { companyTable, type Database } from "../db";

/**
 * The seeded privilege profiles (ZPP) and who has them (ZPU), company group 01
 * (sandbox/docs/privileges.md, README "Demo logins"). Everyone else has no profile: no restriction.
 */
type Profile = {
  code: string;
  description: string;
  /** The keys the profile changes; `*` would set its default for the others. */
  rows: readonly (readonly [PrivilegeKey | "*", "S" | "N"])[];
};

export const privilegeProfiles: readonly Profile[] = [
  {
    code: "VEND_CONSULTA",
    description: "Vendedor: só consulta pedidos; sem prospects",
    rows: [
      ["orders.view", "S"],
      ["orders.add", "N"],
      ["orders.edit", "N"],
      ["orders.delete", "N"],
      ["prospects.view", "N"],
    ],
  },
  {
    code: "VEND_SEM_INDICADORES",
    description: "Vendedor sem os indicadores da página inicial",
    rows: [["home.indicators", "N"]],
  },
];

/** SYS_USR id → profile (fixed.ts: marcos and fernanda). */
export const privilegeUsers: readonly (readonly [string, string])[] = [
  ["000014", "VEND_CONSULTA"],
  ["000015", "VEND_SEM_INDICADORES"],
];

export async function seedPrivileges(db: Pick<Database, "query">, group = "01"): Promise<void> {
  for (const profile of privilegeProfiles)
    for (const [key, permit] of profile.rows)
      await db.query(
        `INSERT INTO ${companyTable("ZPP", group)} (ZPP_PERFIL, ZPP_DESCRI, ZPP_CHAVE, ZPP_PERMIT) VALUES ($1, $2, $3, $4)`,
        [profile.code, profile.description, key, permit],
      );
  for (const [user, profile] of privilegeUsers)
    await db.query(`INSERT INTO ${companyTable("ZPU", group)} (ZPU_CODUSR, ZPU_PERFIL) VALUES ($1, $2)`, [
      user,
      profile,
    ]);
}
