import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { TotvsError } from "../errors";
import { accessibleBranches, companiesOf } from "./companies";
import { parseTenant } from "./middleware";

/** Versions the sandbox reports for the Appserver it stands in for. */
export const PROTHEUS_RELEASE = "12.1.2410";

/**
 * Public on purpose: a real Appserver serves its environment endpoints without a token (TDN), and
 * they carry nothing secret. The portal's Security=0 probe must therefore use a protected path
 * (`GET /rest/api/tgv/version`), never this one.
 */
export function registerEnvironmentRoutes(rest: Hono<AppEnv>): void {
  const environment = {
    environment: "PGV_SANDBOX",
    release: PROTHEUS_RELEASE,
    appServerBuild: "24.3.0.5",
    dbAccessBuild: "24.1.0.3",
    rpoDate: "2026-11-01",
    database: "POSTGRES",
  };
  for (const path of ["/totvs/environment", "/appserver/environment", "/tlpp/environment"]) {
    rest.get(path, (c) => c.json(environment));
  }
}

/** Framework company/branch lists [defined here: shapes]; only what the caller may access. */
export function registerCompanyRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  rest.get("/api/framework/environment/v1/companies", async (c) => {
    const branches = await accessibleBranches(state.db, c.get("user")!, state.switches);
    return c.json({ hasNext: false, items: companiesOf(branches) });
  });

  rest.get("/api/framework/environment/v1/branches", async (c) => {
    const tenantHeader = c.req.header("tenantid");
    const companyCode = c.req.query("companyCode") ?? (tenantHeader ? parseTenant(tenantHeader)?.company : undefined);
    if (!companyCode) {
      throw new TotvsError(400, "Informe a empresa.", "Query param companyCode (or a tenantId header) is required");
    }
    const branches = await accessibleBranches(state.db, c.get("user")!, state.switches);
    const items = branches
      .filter((b) => b.companyCode === companyCode)
      .map((b) => ({
        companyCode: b.companyCode,
        code: b.code,
        name: b.name,
        legalName: b.legalName,
        cnpj: b.cnpj,
        address: b.street,
        neighborhood: b.district,
        city: b.city,
        uf: b.uf,
        zipCode: b.zipCode,
      }));
    return c.json({ hasNext: false, items });
  });
}
