import type { LaunchStatus } from "@/lib/sge/ops/types";

const TONE: Record<LaunchStatus, string> = {
  open: "bg-amber-100 text-amber-900",
  settled: "bg-emerald-100 text-emerald-900",
  cancelled: "bg-slate-200 text-slate-800",
};

/** A launch's status as a badge (text from the caller, already translated); an open launch past due is red. */
export function LaunchStatusBadge({
  status,
  label,
  overdue = false,
}: {
  status: LaunchStatus;
  label: string;
  overdue?: boolean;
}) {
  const tone = overdue ? "bg-red-100 text-red-800" : TONE[status];
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{label}</span>;
}
