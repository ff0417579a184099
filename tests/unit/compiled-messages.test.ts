import compile from "icu-minify/compile";
import format from "icu-minify/format";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

/**
 * The portal formats its messages precompiled (server/i18n.ts `compiledMessages`, with
 * next.config.mjs swapping use-intl's formatter for the compiled-message runtime). Here every
 * message of every locale is formatted both ways — the ICU parser use-intl uses by default (these
 * tests run without the alias) and icu-minify's compiled form — with each of its arguments at
 * several values, and the words must be the same.
 */

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The argument names a compiled message reads (`["name"]`, `["count", 2, {…}]`, nested in branches). */
function argumentsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    if (typeof node[0] === "string" && (node.length === 1 || typeof node[1] === "number")) found.add(node[0]);
    for (const child of node) argumentsOf(child, found);
  } else if (node && typeof node === "object") for (const child of Object.values(node)) argumentsOf(child, found);
  return found;
}

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

describe("precompiled messages", () => {
  it.each(locales)("%s: every message compiles and reads as the ICU parser reads it", (locale) => {
    const t = createTranslator({ locale, messages: messages[locale], timeZone: "America/Sao_Paulo" });
    const all = leaves(messages[locale] as unknown as Tree);
    expect(all.length).toBeGreaterThan(500);
    for (const [key, text] of all) {
      const compiled = compile(text);
      const names = [...argumentsOf(compiled)];
      for (const sample of [0, 1, 2, 1500]) {
        const values = Object.fromEntries(names.map((n) => [n, sample]));
        const expected = (t as unknown as (k: string, v: object) => string)(key, values);
        const actual = format(compiled, locale, values, { formatters, timeZone: "America/Sao_Paulo" });
        expect(actual, `${locale} ${key} with ${sample}`).toBe(expected);
      }
    }
  });
});
