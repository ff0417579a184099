import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 19: no production code path names an endpoint a real RM does not have. The portal reaches
 * RM SGE through the seed's 14 endpoints of the FIEC customisation (shared/seeds/sge-enrolment-api.txt)
 * and RM's standard RealizaConsulta; the sandbox's own extensions (`PGVSandbox`) are gone. Every
 * file of server/, lib/, components/ and app/ is read: a `TOTVSCustomizacao/...` path, written
 * whole or built from a constant (`const SF = "TOTVSCustomizacao/IntegracaoSALESFORCE"` … `${SF}/X`),
 * must be one of the 14.
 */
const SEED_ENDPOINTS: Record<string, readonly string[]> = {
  IntegracaoSALESFORCE: ["AtualizarServicoCRM", "GravarResponsavelFinanceiro", "GravarAluno", "RealizarMatricula"],
  CstIntegracaoProtheus: [
    "ItemContabil",
    "InclusaoLancamento",
    "CancelamentoLancamento",
    "CancelamentoBaixa",
    "BaixaTitulo",
    "AlteracaoNossoNumero",
  ],
  CstIntegracaoProtheusAcordo: ["Inclusao", "Cancelamento"],
  ContratoPJ: ["SetContract", "ConsultContract"],
};

/** What a file names that a real RM lacks: one line per finding. */
function sandboxOnlyEndpoints(text: string): string[] {
  const found: string[] = [];
  if (/PGVSandbox/i.test(text)) found.push("PGVSandbox");
  for (const m of text.matchAll(/TOTVSCustomizacao\/([A-Za-z0-9_]+)(?:\/([A-Za-z0-9_]+))?/g)) {
    const [whole, group, endpoint] = m;
    const known = SEED_ENDPOINTS[group!];
    if (!known || (endpoint !== undefined && !known.includes(endpoint))) found.push(whole);
  }
  // A constant holding a service path, then `${CONST}/Endpoint`.
  for (const m of text.matchAll(/const\s+([A-Za-z_]\w*)\s*=\s*["'`]TOTVSCustomizacao\/([A-Za-z0-9_]+)["'`]/g)) {
    const [, name, group] = m;
    const known = SEED_ENDPOINTS[group!] ?? [];
    for (const use of text.matchAll(new RegExp(`\\$\\{${name}\\}/([A-Za-z0-9_]+)`, "g")))
      if (!known.includes(use[1]!)) found.push(`TOTVSCustomizacao/${group}/${use[1]}`);
  }
  return found;
}

const ROOTS = ["server", "lib", "components", "app"];
const root = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|tsx|js|mjs|json)$/.test(entry.name) ? [full] : [];
  });
}

describe("no SGE endpoint a real RM lacks", () => {
  it("the scanner finds the sandbox's extensions and unknown customisation paths, written whole or through a constant", () => {
    expect(sandboxOnlyEndpoints('const EXT = "TOTVSCustomizacao/PGVSandbox";')).toContain("PGVSandbox");
    expect(sandboxOnlyEndpoints('fetch("/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/Ofertas")')).toEqual([
      "TOTVSCustomizacao/IntegracaoSALESFORCE/Ofertas",
    ]);
    expect(
      sandboxOnlyEndpoints(
        'const SF = "TOTVSCustomizacao/IntegracaoSALESFORCE";\npost(`${SF}/GravarAluno`); get(`${SF}/Contratos`);',
      ),
    ).toEqual(["TOTVSCustomizacao/IntegracaoSALESFORCE/Contratos"]);
    expect(
      sandboxOnlyEndpoints(
        'const PJ = "TOTVSCustomizacao/ContratoPJ";\nget(`${PJ}/ConsultContract`);\n"TOTVSCustomizacao/CstIntegracaoProtheusAcordo/Inclusao"',
      ),
    ).toEqual([]);
  });

  it("server/, lib/, components/ and app/ name no customisation endpoint beyond the seed's 14, and no PGVSandbox", () => {
    const files = ROOTS.flatMap((dir) => filesUnder(path.join(root, dir)));
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) =>
      sandboxOnlyEndpoints(readFileSync(file, "utf8")).map((what) => `${path.relative(root, file)}: ${what}`),
    );
    expect(offending).toEqual([]);
    // The portal's SGE client is among the files read, and it does build the seed's paths.
    const client = readFileSync(path.join(root, "server/erp/sge/client.ts"), "utf8");
    expect(client).toMatch(/TOTVSCustomizacao\/IntegracaoSALESFORCE/);
  });
});
