"use client";

import { IntlProvider } from "use-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/** use-intl's provider with the portal's time zone: the one place the browser gets messages from. */
export function MessagesProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Partial<Messages>;
  children: React.ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="America/Sao_Paulo">
      {children}
    </IntlProvider>
  );
}
