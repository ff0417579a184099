"use client";

import { use, useState } from "react";
import { useTranslations } from "use-intl";
import { fetchJson } from "@/components/fetch-json";
import { Button } from "@/components/ui/button";
import { summarise, supportReport, type DiagnosticsReport } from "@/lib/diagnostics";
import { DiagnosticsResults } from "./diagnostics-results";

type Copy = "idle" | "copied" | "failed";

/**
 * The requirements diagnostics of the administrator's alias: the run the page started on the
 * server (streamed in), "Executar novamente" asks the route for a new one, and "Copiar relatório"
 * puts the support report (codes, values and words; nothing secret) on the clipboard — or shows it
 * to copy by hand where the browser refuses.
 */
export function DiagnosticsPanel({ initial }: { initial: Promise<DiagnosticsReport | null> }) {
  const t = useTranslations("diagnostics");
  const first = use(initial);
  const [report, setReport] = useState<DiagnosticsReport | null>(first);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(first === null);
  const [copy, setCopy] = useState<Copy>("idle");

  const rerun = async () => {
    setBusy(true);
    setCopy("idle");
    try {
      setReport(await fetchJson<DiagnosticsReport>("/api/admin/diagnostics", { cache: "no-store" }));
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const json = report ? JSON.stringify(supportReport(t, report), null, 2) : "";
  const copyReport = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  const summary = report ? summarise(report.results) : null;
  return (
    <div className="space-y-4">
      {report ? (
        <p className="text-slate-700">
          {t("connection", { alias: report.alias, mode: report.mode, company: report.company, branch: report.branch })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" onClick={rerun} disabled={busy}>
          {busy ? t("running") : t("run")}
        </Button>
        <Button type="button" variant="secondary" onClick={copyReport} disabled={!report || busy}>
          {t("copy")}
        </Button>
      </div>
      <div aria-live="polite" className="space-y-2">
        {busy ? <p className="text-slate-700">{t("running")}</p> : null}
        {failed && !busy ? <p className="font-medium text-red-800">{t("failedToRun")}</p> : null}
        {summary && !busy ? (
          <p className="font-semibold text-slate-900" data-testid="diagnostics-summary">
            {t("summary", summary)}
          </p>
        ) : null}
        {copy === "copied" ? <p className="text-emerald-800">{t("copied")}</p> : null}
        {copy === "failed" ? <p className="text-slate-800">{t("copyFailed")}</p> : null}
      </div>
      {copy === "failed" ? (
        <label className="block">
          <span className="font-medium text-slate-900">{t("reportLabel")}</span>
          <textarea
            readOnly
            value={json}
            rows={10}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white p-2 font-mono text-xs"
          />
        </label>
      ) : null}
      {report ? (
        <section aria-label={t("table")}>
          <DiagnosticsResults results={report.results} busy={busy} />
        </section>
      ) : null}
    </div>
  );
}
