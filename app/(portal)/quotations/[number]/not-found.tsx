import Link from "next/link";
import { getTranslations } from "@/server/i18n";

export default async function QuotationNotFound() {
  const t = await getTranslations("quotation");
  return (
    <section className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-xl font-bold text-slate-900">{t("notFound")}</h1>
      <Link href="/quotations" className="mt-4 inline-flex min-h-11 items-center text-brand-700 underline">
        {t("back")}
      </Link>
    </section>
  );
}
