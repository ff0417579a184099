import { requireViewer } from "@/server/auth/viewer";
import { toViewerSummary } from "@/server/auth/viewer-summary";
import { getTranslations } from "@/server/i18n";

export default async function HomePage() {
  const viewer = toViewerSummary(await requireViewer());
  const t = await getTranslations("home");
  const facts = [
    { label: t("sellerCode"), value: viewer.sellerCode ?? "—", testId: "home-seller" },
    { label: t("company"), value: `${viewer.company} · ${viewer.companyName}`, testId: "home-company" },
    { label: t("branch"), value: `${viewer.branch.trim()} · ${viewer.branchName}`, testId: "home-branch" },
    { label: t("alias"), value: viewer.alias, testId: "home-alias" },
    { label: t("connection"), value: t(`modes.${viewer.mode}`), testId: "home-mode" },
  ];
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" className="text-2xl font-bold text-slate-900">
        {t("title", { name: viewer.userName })}
      </h1>
      <p className="mt-1 text-slate-700">{t("intro", { company: viewer.companyName, branch: viewer.branchName })}</p>
      {viewer.isAdmin ? <p className="mt-2 text-sm text-brand-800">{t("adminNote")}</p> : null}
      <dl className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {facts.map((f) => (
          <div key={f.testId} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{f.label}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900" data-testid={f.testId}>
              {f.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
