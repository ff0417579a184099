import Link from "next/link";
import { getTranslations } from "@/server/i18n";

/** A signed-in user on a page their role does not open (`forbidden()`, HTTP 403): said as it is. */
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("forbidden")}</h1>
      <p className="mt-2 text-slate-700">{t("forbiddenHint")}</p>
      <Link href="/" className="mt-4 inline-flex min-h-11 items-center text-brand-700 underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
