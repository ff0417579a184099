import type { RiskLetter } from "@/lib/types/customer";

const tone: Record<RiskLetter, string> = {
  A: "bg-emerald-100 text-emerald-900",
  B: "bg-lime-100 text-lime-900",
  C: "bg-amber-100 text-amber-900",
  D: "bg-orange-100 text-orange-900",
  E: "bg-red-100 text-red-900",
};

/** The credit risk letter with its label; colour is never the only signal (the letter is text). */
export function RiskBadge({ risk, label }: { risk: RiskLetter | null; label: string }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-md px-2 py-0.5 text-xs font-semibold ${risk ? tone[risk] : "bg-slate-100 text-slate-800"}`}
    >
      {label}
    </span>
  );
}
