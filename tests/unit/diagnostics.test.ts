import { afterEach, describe, expect, it, vi } from "vitest";

// The SGE sentence checks call RM through realizaConsulta: the test answers for RM.
const realizaConsulta = vi.fn();
vi.mock("@/server/erp/sge/consulta", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/erp/sge/consulta")>()),
  realizaConsulta: (...args: unknown[]) => realizaConsulta(...args),
}));
import { createTranslator } from "use-intl/core";
import { checkLabel, summarise, supportReport, type DiagnosticsReport } from "@/lib/diagnostics";
import { OPTIONAL_ENDPOINT_KEYS } from "@/lib/erp/endpoints";
import { messages } from "@/lib/i18n/messages";
import type { SgeConnectionConfig } from "@/server/env";
import { note, safeUrl, type Check, type DiagnosticsContext } from "@/server/services/diagnostics-checks/context";
import { CHECK_TIMEOUT_MS, runChecks } from "@/server/services/diagnostics-checks/runner";
import { sentencesOf, sgeSentenceChecks } from "@/server/services/diagnostics-checks/sge";
import { ErpError } from "@/server/erp/errors";
import { SENTENCE_COLUMNS } from "@/server/erp/sge/sentences";

const t = createTranslator({ locale: "pt-BR", messages: messages["pt-BR"], namespace: "diagnostics" });

describe("diagnostics words", () => {
  it("names every optional endpoint by its feature, in every language", () => {
    for (const locale of ["pt-BR", "en", "es"] as const)
      expect(Object.keys(messages[locale].diagnostics.endpoints).sort()).toEqual([...OPTIONAL_ENDPOINT_KEYS].sort());
    expect(checkLabel(t, { check: "endpoint", subject: "stock" })).toBe("Endpoint opcional: estoque online");
    expect(checkLabel(t, { check: "sgeSentence", subject: "PGV.SGE.OFERTAS" })).toBe("SGE: consulta PGV.SGE.OFERTAS");
    expect(checkLabel(t, { check: "security", subject: null })).toBe("Security (chamada sem token)");
  });

  it("the support report carries codes, values and words, and counts the statuses", () => {
    const report: DiagnosticsReport = {
      alias: "demo",
      mode: "direct",
      company: "01",
      branch: "01",
      startedAt: "2026-11-18T12:00:00.000Z",
      results: [
        { id: "rest", check: "rest", subject: null, status: "ok", ms: 12, detail: null, fix: null },
        {
          id: "packageVersion",
          check: "packageVersion",
          subject: null,
          status: "failed",
          ms: 30,
          detail: note("packageOutdated", { version: "2026.9.4", minimum: "2026.11.1" }),
          fix: note("updatePackage", { minimum: "2026.11.1" }),
        },
        {
          id: "endpoint:stock",
          check: "endpoint",
          subject: "stock",
          status: "warning",
          ms: 8,
          detail: note("endpointMissing", { path: "api/tgv/products/{code}/stock" }),
          fix: note("endpointMissing", { source: "customer", alias: "demo", key: "stock" }),
        },
        {
          id: "rowStamp",
          check: "rowStamp",
          subject: null,
          status: "skipped",
          ms: 0,
          detail: note("needsToken"),
          fix: null,
        },
      ],
    };
    const copied = supportReport(t, report);
    expect(copied.summary).toEqual({ ok: 1, warning: 1, failed: 1, skipped: 1 });
    expect(summarise(report.results)).toEqual(copied.summary);
    expect(copied.results[1]).toMatchObject({
      id: "packageVersion",
      status: "failed",
      detail: "O ERP tem o pacote 2026.9.4, abaixo do mínimo 2026.11.1.",
      codes: { detail: { code: "packageOutdated" }, fix: { code: "updatePackage" } },
    });
    expect(copied.results[1]!.fix).toContain("pacote do PGV 2026.11.1 ou mais recente");
    expect(copied.results[2]!.fix).toContain("É um endpoint que a equipe Protheus do cliente publica");
    expect(copied.results[2]!.fix).toContain("ERP_ALIASES.demo.endpoints.stock");
    expect(copied.results[3]).toMatchObject({ detail: "Depende do token, que falhou.", fix: "" });
  });

  it("shows a URL without its credentials, query or fragment", () => {
    expect(safeUrl("https://user:secret@erp.example.com:8181/rest?x=1#y")).toBe("https://erp.example.com:8181/rest");
  });
});

describe("SGE sentences of a connection", () => {
  it("are every string field of `consulta` but the path and the system", () => {
    const consulta = { path: "framework/v1/x", coligada: 0, system: "S", offers: "PGV.SGE.OFERTAS", custom: "X.Y" };
    expect(sentencesOf({ consulta } as unknown as SgeConnectionConfig)).toEqual([
      ["offers", "PGV.SGE.OFERTAS"],
      ["custom", "X.Y"],
    ]);
  });
});

describe("an SGE sentence's row", () => {
  const consulta = {
    path: "framework/v1/consultaSQLServer/RealizaConsulta",
    coligada: 0,
    system: "S",
    offers: "X.OFERTAS",
  };
  const connection = { consulta, coligadas: [{ code: 2, name: "SESI" }] } as unknown as SgeConnectionConfig;
  const ctx = { alias: "acme" } as DiagnosticsContext;
  const [offers] = sgeSentenceChecks(connection);
  const full = Object.fromEntries(SENTENCE_COLUMNS.offers.map((c) => [c, null]));

  it("asks the sentence with sample parameters of the first coligada", async () => {
    realizaConsulta.mockResolvedValueOnce([full]);
    expect(await offers!.run(ctx)).toMatchObject({ status: "ok", detail: { code: "sentenceOk", values: { rows: 1 } } });
    expect(realizaConsulta).toHaveBeenLastCalledWith(connection, "X.OFERTAS", { CODCOLIGADA: 2 }, expect.anything());
  });

  it("fails naming the columns a customer's SQL lacks (any letter case is fine)", async () => {
    const { VAGASOCUPADAS: _gone, MAXALUNOS: _also, ...rest } = full;
    realizaConsulta.mockResolvedValueOnce([
      Object.fromEntries(Object.entries(rest).map(([k, v]) => [k.toLowerCase(), v])),
    ]);
    expect(await offers!.run(ctx)).toMatchObject({
      status: "failed",
      detail: { code: "sentenceColumns", values: { columns: "MAXALUNOS, VAGASOCUPADAS" } },
      fix: { code: "sentenceColumns", values: { code: "X.OFERTAS" } },
    });
  });

  it("fails with where to register a sentence RM does not have", async () => {
    realizaConsulta.mockRejectedValueOnce(new ErpError("not_found", "Consulta não encontrada", { status: 404 }));
    expect(await offers!.run(ctx)).toMatchObject({
      status: "failed",
      detail: { code: "sentenceMissing", values: { code: "X.OFERTAS", coligada: 0, system: "S" } },
      fix: { code: "sentenceRegister", values: { alias: "acme", key: "offers" } },
    });
  });
});

describe("the checks runner", () => {
  afterEach(() => vi.useRealTimers());
  const ctx = {} as DiagnosticsContext;
  const check = (id: string, run: Check["run"], needs: Check["needs"] = []): Check => ({
    id,
    check: "rest",
    needs,
    run,
  });

  it("keeps the checks' order, skips a check whose need failed without running it, and clears fixes of ok rows", async () => {
    const later = vi.fn(async () => ({ status: "ok" as const }));
    const results = await runChecks(ctx, [
      check("b", later, [{ id: "a", skipped: "needsToken" }]),
      check("a", async () => ({ status: "failed", detail: note("badCredentials"), fix: note("credentials") })),
      check("c", async () => ({ status: "ok", detail: note("queueEmpty"), fix: note("orderJob") })),
    ]);
    expect(results.map((r) => [r.id, r.status, r.detail?.code, r.fix?.code ?? null])).toEqual([
      ["b", "skipped", "needsToken", null],
      ["a", "failed", "badCredentials", "credentials"],
      ["c", "ok", "queueEmpty", null],
    ]);
    expect(later).not.toHaveBeenCalled();
  });

  it("a check that does not answer within its budget fails with the time it was given; an unexpected error fails with the check's advice", async () => {
    vi.useFakeTimers();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const run = runChecks(ctx, [
      { ...check("hang", () => new Promise(() => {})), fixOnError: note("restConfig") },
      { ...check("broken", async () => Promise.reject(new Error("bug"))), fixOnError: note("orderJob") },
    ]);
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
    const [hang, broken] = await run;
    expect(hang).toMatchObject({
      status: "failed",
      detail: { code: "timedOut", values: { seconds: CHECK_TIMEOUT_MS / 1000 } },
      fix: { code: "timedOut" },
    });
    expect(broken).toMatchObject({ status: "failed", detail: { code: "invalidAnswer" }, fix: { code: "orderJob" } });
    // A defect of a check (not an ERP failure) is logged with a correlation id.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('"event":"diagnostics.check_failed"'));
    logged.mockRestore();
  });
});
