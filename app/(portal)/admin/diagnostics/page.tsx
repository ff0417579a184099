import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Suspense } from "react";
import { LazyDiagnosticsPanel as DiagnosticsPanel } from "@/components/admin/diagnostics-panel.island";
import { requireViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { runDiagnostics } from "@/server/services/diagnostics";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diagnostics"))("title") };
}

/**
 * The requirements diagnostics (issue 19) at /admin/diagnostics: TOTVS PGV's prerequisites checked
 * against the administrator's own alias and ERP, one row each. Administrators only: anyone else gets
 * the 403 page (app/forbidden.tsx). The run streams in after the heading (its checks take the ERP's time).
 */
export default async function DiagnosticsPage() {
  const viewer = await requireViewer();
  if (!viewer.isAdmin) forbidden();
  const t = await getTranslations("diagnostics");
  // A run that cannot start at all (the session's ERP target gone) shows "try again", not an error page.
  const run = runDiagnostics(viewer).catch(() => null);
  return (
    <section aria-labelledby="diagnostics-title" className="space-y-4">
      <div>
        <h1 id="diagnostics-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <Suspense
        fallback={
          <p className="text-slate-700" aria-busy="true">
            {t("running")}
          </p>
        }
      >
        <DiagnosticsPanel initial={run} />
      </Suspense>
    </section>
  );
}
