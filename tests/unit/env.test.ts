import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";

const secret = "x".repeat(32);

describe("portal configuration (server/env.ts)", () => {
  it("applies defaults for everything optional", () => {
    const result = parseEnv({ AUTH_SECRET: secret });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      PORTAL_DATA_DIR: "data/portal",
      ERP_MIN_PACKAGE_VERSION: "2026.11.1",
      ALLOW_INSECURE_ERP: false,
      LOGIN_DEADLINE_MS: 10_000,
      ERP_ALIASES: {},
    });
    expect(result.data.DATABASE_URL).toBeUndefined();
    expect(result.data.MINGLE_URL).toBeUndefined();
  });

  it("accepts NEXTAUTH_SECRET as the secret and treats empty URLs as unset", () => {
    const result = parseEnv({ NEXTAUTH_SECRET: secret, DATABASE_URL: "", MINGLE_URL: "" });
    expect(result.success).toBe(true);
  });

  it("rejects a short secret, naming the variable", () => {
    const result = parseEnv({ AUTH_SECRET: "short" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["AUTH_SECRET"]);
  });

  it("parses the direct-mode alias registry and rejects malformed JSON or shapes", () => {
    const ok = parseEnv({
      AUTH_SECRET: secret,
      ERP_ALIASES: JSON.stringify({
        demo: { restUrl: "http://erp:8282/rest", tenants: [{ company: "01", branch: "01" }] },
      }),
    });
    expect(ok.success && ok.data.ERP_ALIASES.demo?.restUrl).toBe("http://erp:8282/rest");
    const notJson = parseEnv({ AUTH_SECRET: secret, ERP_ALIASES: "{demo" });
    expect(notJson.success).toBe(false);
    expect(notJson.error?.issues[0]?.message).toBe("must be JSON");
    const noTenants = parseEnv({
      AUTH_SECRET: secret,
      ERP_ALIASES: JSON.stringify({ demo: { restUrl: "http://erp/rest", tenants: [] } }),
    });
    expect(noTenants.success).toBe(false);
  });

  it("parses the SGE connections (secrets stay server-side) and rejects incomplete ones", () => {
    const ok = parseEnv({
      AUTH_SECRET: secret,
      SGE_CONNECTIONS: JSON.stringify({
        demo: { url: "https://rm.example.org.br/rm/api", user: "integracao", password: "s3cret" },
      }),
    });
    expect(ok.success && ok.data.SGE_CONNECTIONS.demo).toEqual({
      url: "https://rm.example.org.br/rm/api",
      user: "integracao",
      password: "s3cret",
      financeLogins: [],
      consulta: {
        path: "framework/v1/consultaSQLServer/RealizaConsulta",
        coligada: 0,
        system: "S",
        responsible: "PGV.SGE.RESPFIN",
        student: "PGV.SGE.ALUNO",
        crmServices: "PGV.SGE.SERVICOSCRM",
        accountingItems: "PGV.SGE.ITENSCONTABEIS",
        branches: "PGV.SGE.FILIAIS",
        offers: "PGV.SGE.OFERTAS",
        subjects: "PGV.SGE.DISCIPLINAS",
        cashAccounts: "PGV.SGE.CONTASCAIXA",
        contracts: "PGV.SGE.CONTRATOS",
        instalments: "PGV.SGE.PARCELAS",
        launches: "PGV.SGE.LANCAMENTOS",
        settlements: "PGV.SGE.BAIXAS",
        agreements: "PGV.SGE.ACORDOS",
      },
      coligadas: [
        { code: 2, name: "SESI" },
        { code: 3, name: "SENAI" },
      ],
    });
    // The RealizaConsulta sentences are the customer's RM team's: their codes (and where the API lives) come from the configuration.
    const ownSentences = parseEnv({
      AUTH_SECRET: secret,
      SGE_CONNECTIONS: JSON.stringify({
        demo: {
          url: "https://rm/rm/api",
          user: "x",
          password: "y",
          consulta: { coligada: 1, responsible: "FIEC.PGV01" },
          coligadas: [{ code: 5, name: "SENAI PE" }],
        },
      }),
    });
    expect(ownSentences.success && ownSentences.data.SGE_CONNECTIONS.demo!.consulta).toMatchObject({
      coligada: 1,
      responsible: "FIEC.PGV01",
      student: "PGV.SGE.ALUNO",
      system: "S",
    });
    expect(ownSentences.success && ownSentences.data.SGE_CONNECTIONS.demo!.coligadas).toEqual([
      { code: 5, name: "SENAI PE" },
    ]);
    expect(
      parseEnv({
        AUTH_SECRET: secret,
        SGE_CONNECTIONS: JSON.stringify({
          demo: { url: "https://rm/rm/api", user: "x", password: "y", consulta: { system: "edu" } },
        }),
      }).success,
    ).toBe(false);
    expect(ok.success && ok.data.SGE_TIMEOUT_MS).toBe(15_000);
    const noPassword = parseEnv({
      AUTH_SECRET: secret,
      SGE_CONNECTIONS: JSON.stringify({ demo: { url: "https://rm/rm/api", user: "x" } }),
    });
    expect(noPassword.success).toBe(false);
    expect(noPassword.error?.issues[0]?.path).toEqual(["SGE_CONNECTIONS", "demo", "password"]);
    expect(parseEnv({ AUTH_SECRET: secret, SGE_CONNECTIONS: "[" }).error?.issues[0]?.message).toBe("must be JSON");
  });

  it("validates URLs, booleans and numbers", () => {
    expect(parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "mysql://x" }).success).toBe(false);
    expect(parseEnv({ AUTH_SECRET: secret, MINGLE_URL: "not a url" }).success).toBe(false);
    expect(parseEnv({ AUTH_SECRET: secret, ALLOW_INSECURE_ERP: "yes" }).success).toBe(false);
    const allowed = parseEnv({ AUTH_SECRET: secret, ALLOW_INSECURE_ERP: "true", ERP_TIMEOUT_MS: "2500" });
    expect(allowed.success && allowed.data.ALLOW_INSECURE_ERP).toBe(true);
    expect(allowed.success && allowed.data.ERP_TIMEOUT_MS).toBe(2500);
    expect(parseEnv({ AUTH_SECRET: secret, ERP_MIN_PACKAGE_VERSION: "latest" }).success).toBe(false);
  });
});
