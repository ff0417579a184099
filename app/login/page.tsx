import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login/login-form";
import { ALIAS_COOKIE } from "@/lib/cookies";
import { LanguageSelect } from "@/components/shell/language-select";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { getViewer } from "@/server/auth/viewer";
import { getLocale, getMessages, getTranslations } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getViewer()) redirect(callbackUrl);
  const [t, tc, jar, locale, messages] = await Promise.all([
    getTranslations("login"),
    getTranslations("common"),
    cookies(),
    getLocale(),
    getMessages(),
  ]);
  const notice = params.loggedOut ? t("loggedOut") : params.expired ? t("sessionExpired") : undefined;
  const { title: _title, subtitle: _subtitle, ...text } = messages.login;
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-8">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <svg aria-hidden="true" viewBox="0 0 48 48" className="mx-auto mb-3 size-12">
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
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{tc("appName")}</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("title")}</h1>
          <p className="mt-2 text-sm text-slate-700">{t("subtitle")}</p>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm
            text={text}
            defaultAlias={decodeURIComponent(jar.get(ALIAS_COOKIE)?.value ?? "")}
            callbackUrl={callbackUrl}
            notice={notice}
          />
        </div>
        <LanguageSelect
          className="mt-6 justify-center"
          locale={locale}
          text={{ label: tc("language"), names: messages.common.languages }}
        />
      </div>
    </main>
  );
}
