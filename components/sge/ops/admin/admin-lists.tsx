import { coligadaLabel, type SgeAdminLists, type SgeColigada } from "@/lib/sge/ops/types";
import { getTranslations } from "@/server/i18n";

const card = "rounded-2xl border border-slate-200 bg-white p-4";
const badge = (active: boolean) =>
  `ml-2 inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${active ? "bg-emerald-100 text-emerald-900" : "bg-slate-200 text-slate-800"}`;

/** What SGE already holds: the CRM services (with their courses) and the accounting items, per coligada. */
export async function AdminLists({ lists, coligadas }: { lists: SgeAdminLists; coligadas: SgeColigada[] }) {
  const [t, tc] = await Promise.all([getTranslations("sgeOps.admin"), getTranslations("sgeOps.common")]);
  const coligada = (c: number) => coligadaLabel(coligadas, c, tc);
  const unavailable = <p className="mt-2 text-sm text-amber-900">{t("listUnavailable")}</p>;
  const empty = <p className="mt-2 text-sm text-slate-700">{t("listEmpty")}</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="services-title" className={card}>
        <h2 id="services-title" className="text-lg font-semibold text-slate-900">
          {t("servicesTitle")}
        </h2>
        {!lists.services ? (
          unavailable
        ) : lists.services.length === 0 ? (
          empty
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 text-sm" data-testid="crm-services">
            {lists.services.map((s) => (
              <li key={`${s.coligada}-${s.code}`} className="py-2">
                <p className="font-medium text-slate-900">
                  {t("serviceLine", { code: s.code, description: s.description })}
                  <span className={badge(s.active)}>{s.active ? t("activeBadge") : t("inactiveBadge")}</span>
                </p>
                <p className="text-slate-700">
                  {coligada(s.coligada)} ·{" "}
                  {t("serviceFacts", {
                    product: s.protheusProduct,
                    courses: s.courses.length ? s.courses.join(", ") : "none",
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="items-title" className={card}>
        <h2 id="items-title" className="text-lg font-semibold text-slate-900">
          {t("itemsTitle")}
        </h2>
        {!lists.items ? (
          unavailable
        ) : lists.items.length === 0 ? (
          empty
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 text-sm" data-testid="accounting-items">
            {lists.items.map((i) => (
              <li key={`${i.coligada}-${i.code}`} className="py-2">
                <p className="font-medium text-slate-900">
                  {t("itemLine", { code: i.code, description: i.description })}
                  <span className={badge(i.active)}>{i.active ? t("activeBadge") : t("inactiveBadge")}</span>
                </p>
                <p className="text-slate-700">
                  {coligada(i.coligada)} · {i.branch ? t("itemBranchFact", { branch: i.branch }) : t("allBranches")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
