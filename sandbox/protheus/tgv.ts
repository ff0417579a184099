import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { companyTable } from "../db";
import { PROTHEUS_RELEASE } from "./framework";
import { requireTenant } from "./middleware";
import { registerTgvEntities } from "./tgv/register";

/** `2026.11.1` → `2026-11-01`: the package's build date follows its version (YYYY.MM.N). */
function buildDateOf(packageVersion: string): string {
  const match = /^(\d{4})\.(\d{1,2})\./.exec(packageVersion);
  return match ? `${match[1]}-${match[2]!.padStart(2, "0")}-01` : "2026-11-01";
}

type SellerRow = { branchid: string; code: string; name: string; userid: string; email: string };

/** The PGV API (`/rest/api/tgv/...`, ERP-CONTRACT.md §4). Every route is tenant-scoped. */
export function registerTgvRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  // Tenant optional here: the portal checks the package version right after the token, and its
  // Security=0 probe calls this path anonymously. A tenantId that is sent is still validated.
  rest.get("/api/tgv/version", requireTenant(state, "optional"), (c) =>
    c.json({
      release: PROTHEUS_RELEASE,
      packageVersion: state.switches.packageVersion,
      buildDate: buildDateOf(state.switches.packageVersion),
    }),
  );

  rest.use("/api/tgv/*", requireTenant(state));

  /**
   * One item per branch of the tenant's company group where the user is a seller (SA3 row with
   * A3_CODUSR = user id, not deleted, not blocked). `isadmin` [defined here] lets the portal admit
   * administrators, who usually have no seller of their own.
   */
  rest.get("/api/tgv/sellers/codeuser", async (c) => {
    const user = c.get("user")!;
    const tenant = c.get("tenant")!;
    const { rows } = await state.db.query<SellerRow>(
      `SELECT A3_FILIAL AS branchid, A3_COD AS code, A3_NOME AS name, A3_CODUSR AS userid, A3_EMAIL AS email
         FROM ${companyTable("SA3", tenant.company)}
        WHERE A3_CODUSR = $1 AND D_E_L_E_T_ = ' ' AND A3_MSBLQL <> '1'
        ORDER BY A3_FILIAL, A3_COD`,
      [user.id],
    );
    return c.json({ hasNext: false, items: rows.map((r) => ({ ...r, isseller: true })), isadmin: user.isAdmin });
  });

  // Read entities of ERP-CONTRACT.md §4 on the generic collection engine (sandbox/protheus/tgv/).
  registerTgvEntities(rest, state);
}
