"use client";

import { clearClientCache } from "@/components/client-cache";
import { useId } from "react";
import { useLocale, useMessages, useTranslations } from "use-intl";
import { logout } from "@/server/actions/session";
import type { ViewerSummary } from "@/lib/viewer-summary";
import { LanguageSelect } from "./language-select";
import { usePopover } from "./use-popover";

/** Toolbar → user icon → name, seller code, company/branch, language and Exit (seed: "menu option Exit"). */
export function UserMenu({ viewer }: { viewer: ViewerSummary }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const common = useMessages().common;
  const { open, setOpen, root } = usePopover();
  const panelId = useId();

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("userMenu")}
        onClick={() => setOpen((v) => !v)}
        className="flex size-11 items-center justify-center rounded-full bg-brand-600 text-white hover:bg-brand-700"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="8" r="4" />
          <path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-20 mt-2 w-72 rounded-xl border border-slate-200 bg-white p-4 shadow-lg"
      >
        <p className="font-semibold text-slate-900">{viewer.userName}</p>
        <p className="text-sm text-slate-700">
          {viewer.sellerCode ? t("seller", { code: viewer.sellerCode }) : t("administrator")}
        </p>
        <dl className="mt-3 space-y-1 text-sm">
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("company")}</dt>
            <dd className="text-right text-slate-900">
              {viewer.company} · {viewer.companyName}
            </dd>
          </div>
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("branch")}</dt>
            <dd className="text-right text-slate-900" data-testid="menu-branch">
              {viewer.branch.trim()} · {viewer.branchName}
            </dd>
          </div>
        </dl>
        <LanguageSelect className="mt-3" locale={locale} text={{ label: common.language, names: common.languages }} />
        <form action={logout} onSubmit={() => clearClientCache()} className="mt-4 border-t border-slate-200 pt-3">
          <button
            type="submit"
            className="flex min-h-11 w-full items-center gap-2 rounded-lg px-3 font-semibold text-red-700 hover:bg-red-50"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10" />
            </svg>
            {t("exit")}
          </button>
        </form>
      </div>
    </div>
  );
}
