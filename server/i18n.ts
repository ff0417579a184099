import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { scopedMessages, type ClientScope } from "@/lib/i18n/client-scopes";
import { messages, type Messages } from "@/lib/i18n/messages";

/** The viewer's language: the explicit choice (cookie) first, then the browser's Accept-Language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
});

export async function getTranslations<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(namespace: N) {
  const locale = await getLocale();
  return createTranslator({ locale, messages: messages[locale], namespace, timeZone: "America/Sao_Paulo" });
}

export async function getMessages() {
  return messages[await getLocale()];
}

/** The namespaces one kind of page sends to the browser (lib/i18n/client-scopes.ts), in the viewer's language. */
export async function getClientMessages(scope: ClientScope) {
  return scopedMessages(messages[await getLocale()], scope);
}

/** Money, dates and numbers in the viewer's locale (BRL, dd/MM/yyyy for pt-BR). */
export async function getFormat() {
  const locale = await getLocale();
  const format = createFormatter({ locale, timeZone: "America/Sao_Paulo" });
  return {
    money: (cents: number) => format.number(cents / 100, { style: "currency", currency: "BRL" }),
    /** An ISO calendar date (yyyy-mm-dd), shown as is (no time-zone shift). */
    date: (iso: string | null, empty = "—") =>
      iso
        ? format.dateTime(new Date(`${iso}T00:00:00Z`), {
            timeZone: "UTC",
            day: "2-digit",
            month: "2-digit",
            year: "numeric",
          })
        : empty,
    time: (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" }),
    dateTime: (iso: string) =>
      format.dateTime(new Date(iso), {
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      }),
    /** A month `yyyy-mm` (or a year `yyyy`) as the locale writes it: "nov. de 2026". */
    month: (period: string) =>
      period.length === 4
        ? period
        : format.dateTime(new Date(`${period}-01T00:00:00Z`), { timeZone: "UTC", month: "short", year: "numeric" }),
    percent: (value: number) => format.number(value / 100, { style: "percent", maximumFractionDigits: 1 }),
    number: (value: number) => format.number(value, { maximumFractionDigits: 4 }),
  };
}
