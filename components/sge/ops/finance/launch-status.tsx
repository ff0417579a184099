import type { LaunchStatus } from "@/lib/sge/ops/types";

const TONE: Record<LaunchStatus, string> = {
  open: "bg-amber-100 text-amber-900",
  settled: "bg-emerald-100 text-emerald-900",
  cancelled: "bg-slate-200 text-slate-800",
};

/** A launch's status as a badge (text from the caller, already translated). */
export function LaunchStatusBadge({ status, label }: { status: LaunchStatus; label: string }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>{label}</span>;
}
