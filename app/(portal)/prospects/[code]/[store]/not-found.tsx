import Link from "next/link";
import { getTranslations } from "@/server/i18n";

export default async function ProspectNotFound() {
  const t = await getTranslations("prospects");
  return (
    <section className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-xl font-bold text-slate-900">{t("detail.notFound")}</h1>
      <Link href="/prospects" className="mt-4 inline-flex min-h-11 items-center text-brand-700 underline">
        {t("detail.back")}
      </Link>
    </section>
  );
}
