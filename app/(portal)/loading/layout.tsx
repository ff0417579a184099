import { ClientMessages } from "@/components/i18n/client-messages";

/** This section's client messages only (lib/i18n/client-scopes.ts); its islands bring the query cache they fetch with. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="sync">{children}</ClientMessages>;
}
