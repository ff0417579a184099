import { daysBetween } from "./calendar-date";
import type { Cents } from "./money";
import type { RiskLetter } from "./types/customer";

/**
 * What the ERP's credit analysis (MaAvalCred, ERP-CONTRACT.md §4) will most likely say about an
 * order, computed in the form so the rep is warned before sending — never to block the order: the
 * ERP decides, with data the portal may see minutes late.
 */

/** Days overdue that block risks B/C/D: Protheus' MV_RISCOB/C/D defaults. */
const RISK_TOLERANCE_DAYS: Record<"B" | "C" | "D", number> = { B: 10, C: 20, D: 30 };

type CreditFacts = {
  risk: RiskLetter | null;
  availableCredit: Cents;
  creditLimitExpiry: string | null;
  /** Due date of the customer's oldest open title (overdue when before today). */
  oldestDue: string | null;
};

type CreditPreview =
  | { outcome: "release"; reason: "risk_a" | "within_limit" }
  | { outcome: "block"; reason: "risk_e" }
  | { outcome: "block"; reason: "expired"; date: string }
  | { outcome: "block"; reason: "overdue"; days: number; tolerance: number; risk: "B" | "C" | "D" }
  | { outcome: "block"; reason: "limit"; total: Cents; available: Cents };

/** The first rule of the ERP's order that applies, as the ERP runs them (risk A, E, expiry, overdue, limit). */
export function creditPreview(facts: CreditFacts, total: Cents, today: string): CreditPreview {
  if (facts.risk === "A") return { outcome: "release", reason: "risk_a" };
  if (facts.risk === "E") return { outcome: "block", reason: "risk_e" };
  if (facts.creditLimitExpiry && facts.creditLimitExpiry < today)
    return { outcome: "block", reason: "expired", date: facts.creditLimitExpiry };
  if ((facts.risk === "B" || facts.risk === "C" || facts.risk === "D") && facts.oldestDue && facts.oldestDue < today) {
    const days = daysBetween(facts.oldestDue, today);
    const tolerance = RISK_TOLERANCE_DAYS[facts.risk];
    if (days >= tolerance) return { outcome: "block", reason: "overdue", days, tolerance, risk: facts.risk };
  }
  if (total > facts.availableCredit)
    return { outcome: "block", reason: "limit", total, available: facts.availableCredit };
  return { outcome: "release", reason: "within_limit" };
}
