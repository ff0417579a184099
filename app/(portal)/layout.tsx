import { Providers } from "@/components/providers";
import { AppShell } from "@/components/shell/app-shell";
import { requireViewer } from "@/server/auth/viewer";
import { toViewerSummary } from "@/server/auth/viewer-summary";
import { getLocale, getMessages } from "@/server/i18n";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <Providers locale={locale} messages={messages}>
      <AppShell viewer={toViewerSummary(viewer)}>{children}</AppShell>
    </Providers>
  );
}
