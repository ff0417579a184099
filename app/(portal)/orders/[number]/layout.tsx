import { ClientMessages } from "@/components/i18n/client-messages";
import { QueryScope } from "@/components/query-scope";

/** This section's client messages only (lib/i18n/client-scopes.ts), and the query cache its screens fetch with. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages scope="orderDetail">
      <QueryScope>{children}</QueryScope>
    </ClientMessages>
  );
}
