import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
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
