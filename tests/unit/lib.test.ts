import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { loginSchema } from "@/lib/schemas/login";

describe("locale negotiation", () => {
  it.each([
    ["pt-BR,pt;q=0.9,en;q=0.8", "pt-BR"],
    ["en-US,en;q=0.9", "en"],
    ["es-AR,es;q=0.9", "es"],
    ["fr-FR,en;q=0.5,es;q=0.7", "es"],
    ["", "pt-BR"],
    ["de", "pt-BR"],
  ] as const)("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe("i18n catalogues", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix];
  it("en and es translate every pt-BR key, with no empty text", () => {
    const source = keys(messages["pt-BR"]).sort();
    for (const locale of ["en", "es"] as const) {
      expect(keys(messages[locale]).sort()).toEqual(source);
    }
    for (const locale of ["pt-BR", "en", "es"] as const) {
      const empty = keys(messages[locale]).filter((k) => {
        const value = k
          .split(".")
          .filter(Boolean)
          .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages[locale]);
        return typeof value !== "string" || !value.trim();
      });
      expect(empty).toEqual([]);
    }
  });
});

describe("login callback path", () => {
  it("follows same-origin paths only", () => {
    expect(safeCallbackPath("/orders/000123?tab=items")).toBe("/orders/000123?tab=items");
    expect(safeCallbackPath("//evil.example/x")).toBe("/");
    expect(safeCallbackPath("https://evil.example")).toBe("/");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("/login")).toBe("/");
    expect(safeCallbackPath(null)).toBe("/");
  });
});

describe("login form schema", () => {
  it("normalises the alias and reports each missing field", () => {
    expect(loginSchema.parse({ alias: " Demo ", username: "ana", password: "x" }).alias).toBe("demo");
    const result = loginSchema.safeParse({ alias: "", username: "", password: "" });
    expect(result.success).toBe(false);
    // The form shows the first message per field.
    const first = new Map<unknown, string>();
    for (const issue of result.error?.issues ?? [])
      if (!first.has(issue.path[0])) first.set(issue.path[0], issue.message);
    expect(Object.fromEntries(first)).toEqual({
      alias: "login.errors.aliasRequired",
      username: "login.errors.userRequired",
      password: "login.errors.passwordRequired",
    });
    expect(loginSchema.safeParse({ alias: "de mo", username: "a", password: "b" }).error?.issues[0]?.message).toBe(
      "login.errors.aliasInvalid",
    );
  });
});
