import { beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import type { Viewer } from "@/server/auth/viewer";

// The action client reads the session through getViewer and the language from the request: the
// test plays both (pt-BR, and whoever `signedIn` names), and watches the error log.
let signedIn: Viewer | null = null;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
}));
vi.mock("@/server/auth/viewer", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/auth/viewer")>()),
  getViewer: async () => signedIn,
}));

const { createAction } = await import("@/server/actions/create-action");
const { ErpError } = await import("@/server/erp/errors");
const { redirect } = await import("next/navigation");

const seller: Viewer = {
  sessionId: "s-1",
  login: "ana",
  userName: "Ana",
  alias: "demo",
  mode: "direct",
  tenant: { company: "01", branch: "01" },
  companyName: "Demo",
  branchName: "Matriz",
  seller: { code: "000001", name: "Ana" },
  isAdmin: false,
  branches: [],
  sge: { enrol: true, finance: false, admin: false },
  privileges: null,
};
const financeOnly: Viewer = { ...seller, seller: null, sge: { enrol: false, finance: true, admin: false } };

const schema = z.object({
  cnpj: z.string().check(z.regex(/^\d{14}$/, "cnpj")),
  total: z.number().check(z.refine((n) => n === 33600, "total_mismatch:33600")),
});
const valid = { cnpj: "12345678000190", total: 33600 };

function action(run: () => Promise<{ ok: true; data: string } | { ok: false; error: string }>, access = "finance") {
  const calls: unknown[] = [];
  const fn = createAction({
    name: "test.action",
    access: access as "finance",
    messages: "sgeOps.errors",
    schema,
    erp: access === "enrol" ? { refusal: "rejected", unavailable: "unavailable" } : undefined,
    run: async (ctx) => (calls.push(ctx), run()),
  });
  return { fn, calls };
}
const ok = async () => ({ ok: true as const, data: "done" });

let errorLines: string[] = [];
beforeEach(() => {
  signedIn = null;
  errorLines = [];
  vi.spyOn(console, "error").mockImplementation((line: string) => void errorLines.push(line));
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

describe("createAction", () => {
  it("no session: the unauthorised answer, and the service never runs", async () => {
    const { fn, calls } = action(ok);
    expect(await fn(valid)).toEqual({
      ok: false,
      error: "Sua sessão expirou. Entre novamente.",
      code: "session_expired",
    });
    expect(calls).toHaveLength(0);
  });

  it("a viewer without the SGE permission is forbidden, whatever the page showed", async () => {
    signedIn = seller;
    const { fn, calls } = action(ok, "finance");
    expect(await fn(valid)).toEqual({
      ok: false,
      error: "Você não tem permissão para esta operação no SGE.",
      code: "forbidden",
    });
    expect(calls).toHaveLength(0);
  });

  it("a finance-only login on a sales action is sent to sign in again (as getSalesViewer did)", async () => {
    signedIn = financeOnly;
    const { fn, calls } = action(ok, "sales");
    expect(await fn(valid)).toMatchObject({ ok: false, code: "session_expired" });
    expect(calls).toHaveLength(0);
  });

  it("the viewer and the parsed input reach the service; the seller comes from the session only", async () => {
    signedIn = seller;
    const { fn, calls } = action(ok, "enrol");
    expect(await fn({ ...valid, seller: "999999" })).toEqual({ ok: true, data: "done" });
    expect(calls[0]).toMatchObject({ viewer: { seller: { code: "000001" } }, input: valid });
    expect((calls[0] as { input: object }).input).not.toHaveProperty("seller");
  });

  it("a zod failure answers field codes in the one vocabulary's words, nothing run", async () => {
    signedIn = financeOnly;
    const { fn, calls } = action(ok);
    const result = await fn({ cnpj: "123", total: 1 });
    expect(result).toMatchObject({ ok: false, code: "invalid", error: "Corrija os campos destacados." });
    const fields = (result as { fieldErrors?: Record<string, string> }).fieldErrors;
    expect(fields?.cnpj).toBe("CNPJ inválido.");
    expect(fields?.total).toMatch(/^O valor do acordo deve ser a soma das parcelas \(R\$\s336,00\)\.$/);
    expect(calls).toHaveLength(0);
  });

  it("an ERP refusal reaches the user in the ERP's own words; its technical detail does not", async () => {
    signedIn = seller;
    const { fn } = action(async () => {
      throw new ErpError("business", "Turma sem vagas.", { detail: "ORA-00001 at SGE.Matricula" });
    }, "enrol");
    const result = await fn(valid);
    expect(result).toEqual({ ok: false, error: "O SGE recusou: Turma sem vagas." });
    expect(JSON.stringify(result)).not.toContain("ORA-00001");
  });

  it("an expired ERP session is the portal's session expiring", async () => {
    signedIn = seller;
    const { fn } = action(async () => {
      throw new ErpError("session_expired", "expired");
    }, "enrol");
    expect(await fn(valid)).toMatchObject({ ok: false, code: "session_expired" });
  });

  it("an unexpected error: a generic message with a correlation id, logged with it, no stack in the result", async () => {
    signedIn = financeOnly;
    const { fn } = action(async () => {
      throw new TypeError("cannot read properties of undefined (reading 'codigo')");
    });
    const result = await fn(valid);
    expect(result.ok).toBe(false);
    const { correlationId, error } = result as { correlationId: string; error: string };
    expect(correlationId).toMatch(/^[0-9a-f]{8}$/);
    expect(error).toBe(
      `Algo deu errado. Nada foi perdido do que você digitou. Código para o suporte: ${correlationId}`,
    );
    expect(JSON.stringify(result)).not.toMatch(/codigo|TypeError|\bat /);
    const logged = errorLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({ event: "test.action", correlationId, message: expect.stringContaining("codigo") }),
    ]);
    expect(logged[0]!.stack).toEqual(expect.stringContaining("TypeError"));
  });

  it("an ERP error the action does not expect is unexpected too (logged, generic words)", async () => {
    signedIn = financeOnly;
    const { fn } = action(async () => {
      throw new ErpError("timeout", "timed out");
    });
    const result = await fn(valid);
    expect(result).toMatchObject({ ok: false, correlationId: expect.any(String) });
    expect(errorLines).toHaveLength(1);
  });

  it("Next's redirect passes through: it is an answer, not a failure", async () => {
    signedIn = financeOnly;
    const { fn } = action(async () => redirect("/login"));
    await expect(fn(valid)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(errorLines).toHaveLength(0);
  });
});
