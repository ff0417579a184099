import Link from "next/link";
import { getTranslations } from "@/server/i18n";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFound")}</h1>
      <Link href="/" className="mt-4 inline-flex min-h-11 items-center text-brand-700 underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
