import "server-only";
import { isAtLeast } from "@/lib/version";
import { answersUnauthenticated, getPgvVersion } from "@/server/erp/protheus/auth";
import { endpointPath } from "@/server/erp/protheus/endpoints";
import { listBranches, listCompanies } from "@/server/erp/protheus/environment";
import { getServerEnvironment } from "@/server/erp/protheus/server-environment";
import { failureDetail, isHttp, note, type Check, type CheckOutcome, type DiagnosticsContext } from "./context";

/**
 * The Protheus side of TOTVS's documented prerequisites: REST 2.0 answering, the token, the PGV
 * package version, Security, PrepareIn and, in Mingle mode, the alias' company and branch.
 */

const needsRest = { id: "rest", skipped: "needsRest" } as const;
export const needsToken = { id: "token", skipped: "needsToken" } as const;

/** REST reachable and its version: the public environment endpoint (through the gateway in Mingle mode). */
export const restCheck = (mode: DiagnosticsContext["mode"]): Check => ({
  id: "rest",
  check: "rest",
  // Through Mingle the gateway wants the token even for public paths.
  needs: mode === "mingle" ? [needsToken] : [],
  fixOnError: note("restConfig"),
  async run(ctx) {
    const target =
      ctx.mode === "mingle" ? await ctx.session() : { baseUrl: ctx.publicBase, credentials: { kind: "none" as const } };
    try {
      const environment = await getServerEnvironment(target, ctx.deadline);
      if (!environment || !environment.release)
        return { status: "warning", detail: note("restAnswered"), fix: note("restVersion") };
      return {
        status: "ok",
        detail: note("restVersion", { release: environment.release, build: environment.build || "-" }),
      };
    } catch (error) {
      return { status: "failed", detail: failureDetail(error), fix: note("restConfig") };
    }
  },
});

/** The page's token check: a call with the administrator's own session token answers. */
export const sessionTokenCheck: Check = {
  id: "token",
  check: "token",
  fixOnError: note("tokenConfig"),
  async run(ctx) {
    try {
      await listCompanies(await ctx.session(), ctx.deadline);
      return { status: "ok", detail: note("tokenAccepted") };
    } catch (error) {
      return { status: "failed", detail: failureDetail(error), fix: note("tokenConfig") };
    }
  },
};

/** The PGV package the ERP reports vs the portal's minimum (ERP_MIN_PACKAGE_VERSION). */
export const packageVersionCheck: Check = {
  id: "packageVersion",
  check: "packageVersion",
  needs: [needsToken],
  fixOnError: note("erpFailure"),
  async run(ctx) {
    const path = endpointPath({ endpoints: ctx.endpoints }, "version");
    try {
      const found = await getPgvVersion(await ctx.session(), ctx.deadline);
      const values = { version: found.packageVersion, minimum: ctx.minimumPackage, release: found.release ?? "-" };
      return isAtLeast(found.packageVersion, ctx.minimumPackage)
        ? { status: "ok", detail: note("packageVersion", values) }
        : {
            status: "failed",
            detail: note("packageOutdated", values),
            fix: note("updatePackage", { minimum: ctx.minimumPackage }),
          };
    } catch (error) {
      if (isHttp(error, 404))
        return {
          status: "failed",
          detail: note("versionMissing", { path }),
          fix: note("installPackage", { alias: ctx.alias }),
        };
      return { status: "failed", detail: failureDetail(error), fix: note("erpFailure") };
    }
  },
};

/** Security=1: a protected route called with no credentials must be refused (the login's own probe). */
export const securityCheck: Check = {
  id: "security",
  check: "security",
  needs: [needsRest],
  fixOnError: note("securityKey"),
  async run(ctx) {
    if (!ctx.restUrl) return { status: "skipped", detail: note("restUrlUnknown"), fix: note("mingleRestUrl") };
    return (await answersUnauthenticated(ctx.restUrl, ctx.deadline))
      ? { status: "failed", detail: note("anonymousAnswered"), fix: note("securityKey") }
      : { status: "ok", detail: note("anonymousRefused") };
  },
};

const tenantList = (tenants: { company: string; branch: string }[]) =>
  tenants.map((t) => `${t.company.trim()}/${t.branch.trim()}`).join(", ");

/**
 * PrepareIn and the user's companies: every tenant the alias is configured with must be one the
 * ERP opens for this user; a company the REST also opens that no alias on it uses is a warning
 * (PGV: PrepareIn restricts what the branch change offers).
 */
export const companiesCheck: Check = {
  id: "companies",
  check: "companies",
  needs: [needsToken],
  fixOnError: note("erpFailure"),
  async run(ctx): Promise<CheckOutcome> {
    const target = await ctx.session();
    const companies = await listCompanies(target, ctx.deadline);
    const opened = new Set(companies.map((c) => c.code.trim()));
    const wanted = [...new Set(ctx.tenants.map((t) => t.company))];
    const branches = new Map(
      await Promise.all(
        wanted
          .filter((c) => opened.has(c.trim()))
          .map(
            async (c) =>
              [c.trim(), new Set((await listBranches(target, c, ctx.deadline)).map((b) => b.code.trim()))] as const,
          ),
      ),
    );
    const missing = ctx.tenants.filter((t) => !branches.get(t.company.trim())?.has(t.branch.trim()));
    if (missing.length > 0)
      return {
        status: "failed",
        detail: note("companiesMissing", { tenants: tenantList(missing) }),
        fix: note("prepareInMissing", { tenants: tenantList(missing) }),
      };
    const used = new Set([...wanted, ...ctx.otherCompanies].map((c) => c.trim()));
    const extra = [...opened].filter((c) => !used.has(c)).sort();
    if (extra.length > 0)
      return {
        status: "warning",
        detail: note("companiesExtra", { tenants: tenantList(ctx.tenants), companies: extra.join(", ") }),
        fix: note("prepareInExtra", { companies: extra.join(", ") }),
      };
    return { status: "ok", detail: note("companiesOk", { tenants: tenantList(ctx.tenants) }) };
  },
};

/** Mingle mode: the alias' set names a company and branch (EMPRESA/FILIAL) the ERP has. */
export const mingleSetCheck: Check = {
  id: "mingleSet",
  check: "mingleSet",
  needs: [needsToken],
  fixOnError: note("erpFailure"),
  async run(ctx) {
    const set = ctx.mingleSet ?? { company: "", branch: "" };
    if (!set.company.trim() || !set.branch.trim())
      return { status: "failed", detail: note("mingleSetMissing"), fix: note("mingleSet") };
    const values = { company: set.company.trim(), branch: set.branch.trim() };
    const target = await ctx.session();
    const companies = await listCompanies(target, ctx.deadline);
    const known =
      companies.some((c) => c.code.trim() === values.company) &&
      (await listBranches(target, set.company, ctx.deadline)).some((b) => b.code.trim() === values.branch);
    return known
      ? { status: "ok", detail: note("mingleSetOk", values) }
      : { status: "failed", detail: note("mingleSetUnknown", values), fix: note("mingleSetUnknown") };
  },
};
