import { Providers } from "@/components/providers";
import { AppShell } from "@/components/shell/app-shell";
import { requireViewer } from "@/server/auth/viewer";
import { toViewerSummary } from "@/server/auth/viewer-summary";
import { getClientMessages, getLocale } from "@/server/i18n";
import { unreadNotifications } from "@/server/services/notifications";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const [locale, messages, unread] = await Promise.all([
    getLocale(),
    getClientMessages("shell"),
    unreadNotifications(viewer),
  ]);
  return (
    <Providers locale={locale} messages={messages}>
      <AppShell viewer={toViewerSummary(viewer)} unreadNotifications={unread}>
        {children}
      </AppShell>
    </Providers>
  );
}
