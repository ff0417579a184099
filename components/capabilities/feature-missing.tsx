import type { Feature } from "@/lib/capabilities";
import { getTranslations } from "@/server/i18n";
import { FeatureLine } from "./feature-line";

/**
 * What shows where this ERP does not offer a feature: the one line saying why
 * (`capabilities.<feature>`); for a whole page, under the menu's name as its title (`menu`).
 */
export async function FeatureMissing({
  feature,
  menu,
}: {
  feature: Feature;
  menu?: "customers" | "quotations" | "prospects";
}) {
  const [t, ts] = await Promise.all([getTranslations("capabilities"), getTranslations("shell")]);
  if (!menu) return <FeatureLine text={t(feature)} />;
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-bold text-slate-900">{ts(menu)}</h1>
      <FeatureLine text={t(feature)} />
    </section>
  );
}
