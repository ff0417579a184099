import type { QuotationStatus } from "@/lib/types/quotation";

/** Badge colours per quotation status, shared by the list and the quotation page (`badgeClass` is the orders'). */
export const quotationStatusTone: Record<QuotationStatus, string> = {
  open: "bg-emerald-100 text-emerald-900",
  expired: "bg-amber-100 text-amber-900",
  converted: "bg-sky-100 text-sky-900",
  cancelled: "bg-slate-200 text-slate-900",
  unknown: "bg-slate-100 text-slate-900",
};

/** The "Prospect" marker of a quotation still for a prospect (the form, the list, the quotation page). */
export const prospectMarkerTone = "bg-violet-100 text-violet-900";
