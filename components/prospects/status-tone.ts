import type { ProspectStatus } from "@/lib/types/prospect";

/** Badge colours per prospect status, shared by the list and the prospect page (`badgeClass` is the orders'). */
export const prospectStatusTone: Record<ProspectStatus, string> = {
  classified: "bg-slate-100 text-slate-900",
  development: "bg-emerald-100 text-emerald-900",
  manager: "bg-indigo-100 text-indigo-900",
  standby: "bg-amber-100 text-amber-900",
  cancelled: "bg-slate-200 text-slate-900",
  converted: "bg-sky-100 text-sky-900",
  unknown: "bg-slate-100 text-slate-900",
};
