"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { MessagesProvider } from "./i18n/messages-provider";

export class UnauthorizedError extends Error {}

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Never retry a 401: the session is gone, the user must sign in again.
        retry: (count, error) => !(error instanceof UnauthorizedError) && count < 2,
      },
    },
  });
}

export function Providers({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Partial<Messages>;
  children: React.ReactNode;
}) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <MessagesProvider locale={locale} messages={messages}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MessagesProvider>
  );
}
