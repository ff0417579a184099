import "server-only";
import { cookies, headers } from "next/headers";
import compile from "icu-minify/compile";
import formatMessage from "use-intl/format-message";
import { cache } from "react";
import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { formatFor } from "@/lib/format";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { scopedMessages, type ClientScope } from "@/lib/i18n/client-scopes";
import { messages, type Messages } from "@/lib/i18n/messages";
import { erpErrorText, wordsText } from "@/server/erp/error-text";
import type { ErpError, ErpWords } from "@/server/erp/errors";

/** The viewer's language: the explicit choice (cookie) first, then the browser's Accept-Language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
});

/**
 * The catalogue as use-intl formats it here and in the browser: every message compiled ahead of
 * time by icu-minify (use-intl's own compiler; `next.config.mjs` aliases use-intl's formatter to
 * its compiled-message runtime), so no page ships an ICU parser (8.9 kB gzip of First Load JS on
 * every route). Compiled once per locale, on first use; the catalogues' types still type the keys.
 * Where use-intl keeps its ICU parser (the tests, which run without the alias: `raw` says the
 * formatter reads message text) the text is given as is; tests/unit/compiled-messages.test.ts
 * shows both read the same.
 */
const precompiled = !formatMessage.raw;
const compiledByLocale = new Map<Locale, Messages>();

function compileTree(node: unknown): unknown {
  // JSON round trip: icu-minify builds plural branches without a prototype, which React refuses to
  // pass from a server component to the browser's provider; the compiled form is plain JSON by design.
  if (typeof node === "string") return JSON.parse(JSON.stringify(compile(node))) as unknown;
  return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, compileTree(v)]));
}

export function compiledMessages(locale: Locale): Messages {
  if (!precompiled) return messages[locale];
  let found = compiledByLocale.get(locale);
  if (!found) {
    found = compileTree(messages[locale]) as Messages;
    compiledByLocale.set(locale, found);
  }
  return found;
}

export async function getTranslations<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(namespace: N) {
  const locale = await getLocale();
  return createTranslator({ locale, messages: compiledMessages(locale), namespace, timeZone: "America/Sao_Paulo" });
}

export async function getMessages() {
  return compiledMessages(await getLocale());
}

/** The namespaces one kind of page sends to the browser (lib/i18n/client-scopes.ts), in the viewer's language. */
export async function getClientMessages(scope: ClientScope) {
  return scopedMessages(compiledMessages(await getLocale()), scope);
}

/**
 * Money, numbers, percentages and calendar dates in the viewer's locale (BRL, dd/MM/yyyy for
 * pt-BR): `lib/format.ts`, the same module the client's `useFormat()` uses. Instants (a sync's
 * time) are shown in the business' time zone.
 */
export async function getFormat() {
  const locale = await getLocale();
  const format = createFormatter({ locale, timeZone: "America/Sao_Paulo" });
  return {
    ...formatFor(locale),
    time: (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" }),
    dateTime: (iso: string) =>
      format.dateTime(new Date(iso), {
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      }),
  };
}

/** `erpErrorText` / `wordsText` bound to the request's locale, for actions, route handlers and pages. */
export async function getErpErrorText(): Promise<(error: ErpError | ErpWords) => string> {
  const t = await getTranslations("erpErrors");
  return (error) => ("kind" in error ? erpErrorText(error, t) : wordsText(error, t));
}
