import type { ClientScope } from "@/lib/i18n/client-scopes";
import { getClientMessages, getLocale } from "@/server/i18n";
import { MessagesProvider } from "./messages-provider";

/** Sends the browser only this scope's message namespaces (lib/i18n/client-scopes.ts) for what it wraps. */
export async function ClientMessages({ scope, children }: { scope: ClientScope; children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getClientMessages(scope)]);
  return (
    <MessagesProvider locale={locale} messages={messages}>
      {children}
    </MessagesProvider>
  );
}
