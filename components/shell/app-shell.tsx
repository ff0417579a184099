import Link from "next/link";
import { LazyNotificationBell as NotificationBell } from "@/components/notifications/bell.island";
import { menuEntryVisible } from "@/lib/capabilities";
import { allowed, type PrivilegeKey } from "@/lib/privileges";
import type { ViewerSummary } from "@/lib/viewer-summary";
import { getTranslations } from "@/server/i18n";
import { SyncHeartbeat } from "@/components/sync/sync-heartbeat";
import { LazyBranchSwitcher as BranchSwitcher } from "./branch-switcher.island";
import { MainNav } from "./main-nav";
import { LazyUserMenu as UserMenu } from "./user-menu.island";

/** The ERP profile's privilege each menu needs besides the role (lib/privileges.ts): a denied one is hidden. */
const MENU_PRIVILEGE: Record<string, PrivilegeKey> = {
  "/customers": "customers.view",
  "/orders": "orders.view",
  "/quotations": "quotations.view",
  "/prospects": "prospects.view",
  "/sge/enrolments": "sge.enrol",
  "/sge/pj-contracts": "sge.pj",
  "/sge/finance": "sge.finance",
};

/** Portal chrome: toolbar (brand, navigation, branch switcher, user menu) and the main landmark. */
export async function AppShell({
  viewer,
  unreadNotifications,
  children,
}: {
  viewer: ViewerSummary;
  unreadNotifications: number;
  children: React.ReactNode;
}) {
  const [t, tc] = await Promise.all([getTranslations("shell"), getTranslations("common")]);
  // Each menu only where the viewer may use it: sales for sellers and administrators, SESI/SENAI
  // (RM SGE) where the alias has an SGE connection, by role.
  const links: [string, string][] = [
    ...(viewer.canSell
      ? ([
          ["/", t("home")],
          ["/customers", t("customers")],
          ["/orders", t("orders")],
          ["/quotations", t("quotations")],
          ["/prospects", t("prospects")],
        ] as [string, string][])
      : []),
    ...(viewer.sge?.enrol
      ? ([
          ["/sge/enrolments", t("enrolments")],
          ["/sge/pj-contracts", t("pjContracts")],
        ] as [string, string][])
      : []),
    ...(viewer.sge?.finance ? ([["/sge/finance", t("sgeFinance")]] as [string, string][]) : []),
    ...(viewer.sge?.admin ? ([["/sge/admin", t("sgeAdmin")]] as [string, string][]) : []),
    ...(viewer.isAdmin
      ? ([
          ["/admin/access-log", t("accessLog")],
          ["/admin/diagnostics", t("diagnostics")],
        ] as [string, string][])
      : []),
  ]
    .filter(([href]) => !MENU_PRIVILEGE[href] || allowed(viewer.privileges, MENU_PRIVILEGE[href]))
    // A feature this ERP does not offer (its endpoint was missing at login) leaves the menu.
    .filter(([href]) => menuEntryVisible(href, viewer.unavailable ?? []));
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {tc("skipToContent")}
      </a>
      <header className="print:hidden sticky top-0 z-10 border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-1 px-3 py-2 sm:gap-3 sm:px-4">
          <Link
            href={viewer.canSell ? "/" : "/sge/finance"}
            className="flex min-h-11 shrink-0 items-center gap-2 font-bold text-brand-800"
          >
            <svg aria-hidden="true" viewBox="0 0 48 48" className="size-8">
              <rect width="48" height="48" rx="12" fill="#0b5cad" />
              <path
                d="M13 31l8-9 6 6 9-11"
                fill="none"
                stroke="#fff"
                strokeWidth="4"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span className="max-2xl:sr-only">{tc("appName")}</span>
          </Link>
          <MainNav links={links.map(([href, label]) => ({ href, label }))} label={t("mainNav")} menuLabel={t("menu")} />
          {viewer.canSell ? <NotificationBell initialUnread={unreadNotifications} /> : null}
          {/* The Protheus branch is the sales pages' context: a finance-only login (RM SGE) has none to switch. */}
          {viewer.canSell ? <BranchSwitcher viewer={viewer} /> : null}
          <UserMenu viewer={viewer} />
        </div>
      </header>
      {viewer.canSell ? <SyncHeartbeat /> : null}
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
