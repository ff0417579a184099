"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { locales, type Locale } from "@/lib/i18n/locales";
import { setLanguage } from "@/server/actions/preferences";

type LanguageSelectText = { label: string; names: Record<Locale, string> };

/** Language choice; labels come as props so it also works on /login, which ships no i18n runtime. */
export function LanguageSelect({
  locale,
  text,
  className = "",
}: {
  locale: Locale;
  text: LanguageSelectText;
  className?: string;
}) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <label htmlFor={id} className="text-sm text-slate-700">
        {text.label}
      </label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        onChange={(e) =>
          startTransition(async () => {
            await setLanguage({ locale: e.target.value as Locale });
            router.refresh();
          })
        }
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {text.names[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
