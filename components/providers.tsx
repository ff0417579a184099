"use client";

import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { MessagesProvider } from "./i18n/messages-provider";

/**
 * The signed-in pages' client context: the shell's messages. TanStack Query is not here: the
 * sections that fetch from the browser add it (components/query-scope.tsx).
 */
export function Providers({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Partial<Messages>;
  children: React.ReactNode;
}) {
  return (
    <MessagesProvider locale={locale} messages={messages}>
      {children}
    </MessagesProvider>
  );
}
