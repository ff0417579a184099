"use client";

import { useTranslations } from "use-intl";
import { ListCards, ListTable } from "@/components/lists/list-views";
import { checkLabel, noteText, type DiagnosticResult, type DiagnosticStatus } from "@/lib/diagnostics";

const tone: Record<DiagnosticStatus, string> = {
  ok: "bg-emerald-50 text-emerald-900 ring-emerald-700/30",
  warning: "bg-amber-50 text-amber-900 ring-amber-700/30",
  failed: "bg-red-50 text-red-900 ring-red-700/30",
  skipped: "bg-slate-100 text-slate-800 ring-slate-600/30",
};

/** One icon per status, beside its word: the status never rests on colour alone. */
function StatusIcon({ status }: { status: DiagnosticStatus }) {
  const common = {
    "aria-hidden": true,
    viewBox: "0 0 20 20",
    className: "size-4 shrink-0",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 2,
    strokeLinecap: "round" as const,
    strokeLinejoin: "round" as const,
  };
  switch (status) {
    case "ok":
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" />
          <path d="M6.5 10.5l2.5 2.5 4.5-5" />
        </svg>
      );
    case "warning":
      return (
        <svg {...common}>
          <path d="M10 2.5l8 14.5H2z" />
          <path d="M10 8v4M10 14.5v.01" />
        </svg>
      );
    case "failed":
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" />
          <path d="M7 7l6 6M13 7l-6 6" />
        </svg>
      );
    case "skipped":
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" />
          <path d="M6.5 10h7" />
        </svg>
      );
  }
}

function StatusBadge({ status }: { status: DiagnosticStatus }) {
  const t = useTranslations("diagnostics");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-sm font-semibold whitespace-nowrap ring-1 ${tone[status]}`}
      data-testid="diagnostics-status"
    >
      <StatusIcon status={status} />
      {t(`statuses.${status}`)}
    </span>
  );
}

/** Every check of a run: a table from `md` up, cards on a phone (both rendered; CSS picks one). */
export function DiagnosticsResults({ results, busy }: { results: DiagnosticResult[]; busy: boolean }) {
  const t = useTranslations("diagnostics");
  const words = (r: DiagnosticResult) => ({
    label: checkLabel(t, r),
    detail: noteText(t, "detail", r.detail),
    fix: noteText(t, "fix", r.fix),
  });
  return (
    <>
      <ListTable
        busy={busy}
        columns={[
          { label: t("columns.check") },
          { label: t("columns.status") },
          { label: t("columns.ms"), numeric: true },
          { label: t("columns.detail") },
          { label: t("columns.fix") },
        ]}
      >
        {results.map((r) => {
          const w = words(r);
          return (
            <tr
              key={r.id}
              className="border-t border-slate-200 align-top"
              data-testid="diagnostics-row"
              data-check={r.id}
              data-status={r.status}
            >
              <th scope="row" className="p-3 text-left font-medium text-slate-900">
                {w.label}
              </th>
              <td className="p-3">
                <StatusBadge status={r.status} />
              </td>
              <td className="p-3 text-right whitespace-nowrap tabular-nums">{t("ms", { ms: r.ms })}</td>
              <td className="p-3 break-words text-slate-800">{w.detail}</td>
              <td className="p-3 break-words text-slate-800">{w.fix}</td>
            </tr>
          );
        })}
      </ListTable>
      <ListCards busy={busy}>
        {results.map((r) => {
          const w = words(r);
          return (
            <li
              key={r.id}
              className="rounded-xl border border-slate-200 bg-white p-4 text-sm"
              data-testid="diagnostics-card"
              data-check={r.id}
              data-status={r.status}
            >
              <p className="flex flex-wrap items-start justify-between gap-2">
                <span className="font-semibold break-words text-slate-900">{w.label}</span>
                <StatusBadge status={r.status} />
              </p>
              <p className="mt-1 text-slate-600 tabular-nums">{t("ms", { ms: r.ms })}</p>
              {w.detail ? <p className="mt-2 break-words text-slate-800">{w.detail}</p> : null}
              {w.fix ? (
                <p className="mt-2 break-words text-slate-900">
                  <span className="font-semibold">{t("columns.fix")}: </span>
                  {w.fix}
                </p>
              ) : null}
            </li>
          );
        })}
      </ListCards>
    </>
  );
}
