import type { DiagnosticsMessages } from "./i18n/messages/diagnostics/pt-BR";

/**
 * The requirements diagnostics report (issue 19): what `/admin/diagnostics`, its route and
 * `npm run doctor` share. A check's `detail` (what it saw) and `fix` (what to change) are message
 * codes with values, turned into words by the reader in its language (namespace `diagnostics`);
 * values carry versions, codes, paths and counts, never a token, password or URL with credentials.
 */
export const diagnosticStatuses = ["ok", "warning", "failed", "skipped"] as const;
export type DiagnosticStatus = (typeof diagnosticStatuses)[number];

export type DiagnosticCheck = keyof DiagnosticsMessages["checks"];
export type DiagnosticDetailCode = keyof DiagnosticsMessages["detail"];
export type DiagnosticFixCode = keyof DiagnosticsMessages["fix"];
export type DiagnosticValues = Record<string, string | number>;

export type DiagnosticNote<C extends string> = { code: C; values?: DiagnosticValues };

export type DiagnosticResult = {
  /** Unique in a report: the check, and for per-item checks its subject (`endpoint:stock`, `sgeSentence:offers`). */
  id: string;
  check: DiagnosticCheck;
  /** What a per-item check is about: an endpoint key, a sentence's code; null otherwise. */
  subject: string | null;
  status: DiagnosticStatus;
  /** Measured latency of the check's ERP calls, in milliseconds. */
  ms: number;
  detail: DiagnosticNote<DiagnosticDetailCode> | null;
  fix: DiagnosticNote<DiagnosticFixCode> | null;
};

export type DiagnosticsReport = {
  alias: string;
  mode: "direct" | "mingle";
  company: string;
  branch: string;
  /** When the run started (ISO instant). */
  startedAt: string;
  results: DiagnosticResult[];
};

export type DiagnosticSummary = Record<DiagnosticStatus, number>;

export function summarise(results: readonly Pick<DiagnosticResult, "status">[]): DiagnosticSummary {
  const summary: DiagnosticSummary = { ok: 0, warning: 0, failed: 0, skipped: 0 };
  for (const r of results) summary[r.status]++;
  return summary;
}

/** The translator of the `diagnostics` namespace, as use-intl's `createTranslator`/`useTranslations` give it. */
type Words = (key: never, values?: never) => string;
const say = (t: Words, key: string, values?: DiagnosticValues) =>
  (t as (k: string, v?: DiagnosticValues) => string)(key, values);

/** A check's name: per-item checks name their subject (an endpoint by its feature, a sentence by its code). */
export function checkLabel(t: Words, result: Pick<DiagnosticResult, "check" | "subject">): string {
  // Every optional endpoint key has words under `endpoints` (tests/unit/diagnostics.test.ts).
  if (result.check === "endpoint") return say(t, "checks.endpoint", { name: say(t, `endpoints.${result.subject}`) });
  if (result.check === "sgeSentence") return say(t, "checks.sgeSentence", { name: result.subject ?? "" });
  return say(t, `checks.${result.check}`);
}

export const noteText = (t: Words, group: "detail" | "fix", note: DiagnosticNote<string> | null): string =>
  note ? say(t, `${group}.${note.code}`, note.values) : "";

/**
 * The report a support ticket gets ("Copiar relatório", `npm run doctor --json`): the codes and
 * values as measured, with their words in the reader's language beside them. Built only from the
 * report, which holds no secret by construction.
 */
export function supportReport(t: Words, report: DiagnosticsReport) {
  return {
    alias: report.alias,
    mode: report.mode,
    company: report.company,
    branch: report.branch,
    startedAt: report.startedAt,
    summary: summarise(report.results),
    results: report.results.map((r) => ({
      id: r.id,
      check: checkLabel(t, r),
      status: r.status,
      ms: r.ms,
      detail: noteText(t, "detail", r.detail),
      fix: noteText(t, "fix", r.fix),
      codes: { detail: r.detail, fix: r.fix },
    })),
  };
}
