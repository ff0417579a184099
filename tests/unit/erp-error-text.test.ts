import { afterEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { erpErrorText, wordsText } from "@/server/erp/error-text";
import {
  ErpError,
  erpWords,
  errorFromResponse,
  genericErpError,
  isOrderRefusal,
  isRefusal,
  type ErpErrorKind,
} from "@/server/erp/errors";
import { gatewayBase, MingleAuthError, mingleAuthenticate } from "@/server/erp/mingle/client";
import { sgeError, sgeFetch } from "@/server/erp/sge/transport";
import { z } from "zod";

/** ErpError's stable codes, the one refusal check, and the words a user sees in each language. */
const tr = (locale: Locale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "erpErrors", timeZone: "America/Sao_Paulo" });

afterEach(() => vi.unstubAllGlobals());

describe("isRefusal", () => {
  const table: [ErpErrorKind, boolean, boolean][] = [
    ["business", true, true],
    ["bad_request", true, true],
    ["conflict", true, true],
    ["not_found", true, true],
    ["forbidden", false, true],
    ["unauthorized", false, false],
    ["session_expired", false, false],
    ["rate_limited", false, false],
    ["no_license", false, false],
    ["unavailable", false, false],
    ["timeout", false, false],
    ["invalid_response", false, false],
  ];
  it.each(table)("%s: refusal %s, order refusal %s", (kind, refusal, orderRefusal) => {
    expect(isRefusal(genericErpError(kind))).toBe(refusal);
    expect(isOrderRefusal(genericErpError(kind))).toBe(orderRefusal);
  });

  it("is false for anything that is not an ErpError", () => {
    expect([isRefusal(new Error("business")), isRefusal({ kind: "business" }), isRefusal(null)]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("codes", () => {
  it("every kind has its stable `erp.<kind>` code, with words in pt-BR, en and es", () => {
    for (const locale of ["pt-BR", "en", "es"] as const)
      for (const kind of Object.keys(messages[locale].erpErrors.erp) as ErpErrorKind[]) {
        const error = genericErpError(kind);
        expect(error.code).toBe(`erp.${kind}`);
        expect(erpErrorText(error, tr(locale))).toBe(messages[locale].erpErrors.erp[kind]);
      }
  });

  it("a generic error's message is the pt-BR source text of its code (for logs and audit rows)", () => {
    expect(genericErpError("timeout").message).toBe(messages["pt-BR"].erpErrors.erp.timeout);
    expect(JSON.stringify(genericErpError("timeout"))).toContain('"code":"erp.timeout"');
  });
});

describe("erpErrorText", () => {
  it("passes the ERP's own user-safe message through verbatim, in any language", () => {
    const refused = errorFromResponse(
      422,
      JSON.stringify({ code: 7, message: "Cliente bloqueado", detailedMessage: "X" }),
    );
    for (const locale of ["pt-BR", "en", "es"] as const)
      expect(erpErrorText(refused, tr(locale))).toBe("Cliente bloqueado");
    expect(wordsText(erpWords(refused), tr("en"))).toBe("Cliente bloqueado");
  });

  it("a pt-BR user no longer sees the English Protheus fallbacks", () => {
    const html = errorFromResponse(502, "<html>Bad Gateway</html>");
    expect(erpErrorText(html, tr("pt-BR"))).toBe("ERP indisponível. Tente novamente.");
    expect(erpErrorText(errorFromResponse(404, ""), tr("pt-BR"))).toBe("Não encontrado no ERP.");
    expect(erpErrorText(genericErpError("timeout"), tr("es"))).toBe("El ERP no respondió a tiempo. Intente de nuevo.");
  });

  it("an English user no longer sees SGE's Portuguese texts of the portal", () => {
    const integration = sgeError(401, JSON.stringify({ Message: "Usuário ou senha inválidos" }));
    expect(integration.code).toBe("sge.integration_user");
    expect(erpErrorText(integration, tr("en"))).toBe(
      "SGE refused the integration user. Tell the portal administrator.",
    );
    expect(erpErrorText(integration, tr("pt-BR"))).toMatch(/usuário de integração/);
    expect(erpErrorText(integration, tr("es"))).toMatch(/usuario de integración/);
    expect(integration.detail).toBe("Usuário ou senha inválidos");
    const words = erpWords(integration);
    expect(words.generic).toBe("sge.integration_user");
    expect(wordsText(words, tr("en"))).not.toMatch(/SGE recusou/);
  });
});

describe("adapters' envelopes", () => {
  it("RM: `{ Message, Status, StatusCode }` → its message (cleaned) as a refusal; StatusCode wins over HTTP 200/400", () => {
    const refused = sgeError(400, JSON.stringify({ Message: "Campo CNPJ inválido.\r\n\r\n", Status: "Erro" }));
    expect([refused.kind, refused.message, refused.fromErp, isRefusal(refused)]).toEqual([
      "business",
      "Campo CNPJ inválido.",
      true,
      true,
    ]);
    expect(sgeError(200, JSON.stringify({ Message: "Não existe", StatusCode: 404 })).kind).toBe("not_found");
    expect(sgeError(400, JSON.stringify({ Message: "Já existe", StatusCode: 409 })).kind).toBe("conflict");
  });

  it("RM: a 5xx or a body without a message keeps the portal's generic text", () => {
    const down = sgeError(500, JSON.stringify({ Message: "System.NullReferenceException at RM.Edu" }));
    expect([down.kind, down.code, down.fromErp]).toEqual(["unavailable", "erp.unavailable", false]);
    expect(erpErrorText(down, tr("en"))).not.toContain("NullReference");
    expect(sgeError(400, "<html>nginx</html>").code).toBe("erp.business");
  });

  it('RM: an HTTP 200 answered with `Status: "Erro"` is a refusal', async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify({ Message: "Turma lotada\r\n", Status: "Erro" }), { status: 200 })),
    );
    const connection = { url: "http://rm.test/rm/api", user: "u", password: "p" } as Parameters<typeof sgeFetch>[0];
    const error = await sgeFetch(connection, "x", { schema: z.unknown(), timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErpError);
    expect((error as ErpError).message).toBe("Turma lotada");
  });

  it("Mingle: 302 is a password change, 401 'Invalid Alias' an unknown alias, another 401 bad credentials", async () => {
    const answers = [
      new Response(null, { status: 302 }),
      new Response(JSON.stringify({ message: "Invalid Alias" }), { status: 401 }),
      new Response(JSON.stringify({ message: "Invalid password" }), { status: 401 }),
      new Response("", { status: 500 }),
    ];
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answers.shift()!),
    );
    const login = () =>
      mingleAuthenticate("http://mingle.test/", { alias: "a", login: "l", password: "p", appId: "x" }, 1000).catch(
        (e: unknown) => e,
      );
    const reasons = [await login(), await login(), await login()].map((e) => (e as MingleAuthError).reason);
    expect(reasons).toEqual(["PASSWORD_CHANGE", "UNKNOWN_ALIAS", "BAD_CREDENTIALS"]);
    expect(((await login()) as ErpError).code).toBe("erp.unavailable");
    expect(gatewayBase("http://mingle.test/", "s 1")).toBe("http://mingle.test/api/v1/gateway/s%201");
  });
});
