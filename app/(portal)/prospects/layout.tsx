import { FeatureMissing } from "@/components/capabilities/feature-missing";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getViewer } from "@/server/auth/viewer";
import { offers } from "@/server/services/capabilities";

/** This section's client messages only (lib/i18n/client-scopes.ts). */
export default async function Layout({ children }: { children: React.ReactNode }) {
  // An ERP without the prospect endpoints (its login's capability probe): the one line saying so, on every page below.
  const viewer = await getViewer();
  if (viewer && !offers(viewer, "prospects")) return <FeatureMissing feature="prospects" menu="prospects" />;
  return <ClientMessages scope="prospectList">{children}</ClientMessages>;
}
