import { isIsoDate } from "./calendar-date";
import { workingDaysBetween } from "./working-days";
import type { Cents } from "./money";
import type { IndicatorCards } from "./types/indicators";

/** % change from `previous` to `current`, one decimal; null when there is nothing to compare with. */
export function changeOf(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

type TargetProgress = { missing: Cents; daysLeft: number; pace: Cents | null; reached: boolean; over: boolean };

/**
 * How far the period is from its target and the pace it needs: the amount still missing spread
 * over the working days left (today included, national holidays excluded) until the period ends.
 */
export function targetProgress(
  cards: Pick<IndicatorCards, "target" | "invoiced" | "startDate" | "endDate" | "businessDate">,
): TargetProgress {
  const missing = Math.max(0, cards.target - cards.invoiced);
  const over = cards.businessDate > cards.endDate;
  const from = cards.businessDate < cards.startDate ? cards.startDate : cards.businessDate;
  // A period the ERP dated in some other shape has no days to count: no pace rather than a broken home.
  const dated = isIsoDate(from) && isIsoDate(cards.endDate);
  const daysLeft = over || !dated ? 0 : workingDaysBetween(from, cards.endDate);
  return {
    missing,
    daysLeft,
    pace: missing > 0 && daysLeft > 0 ? Math.round(missing / daysLeft) : null,
    reached: cards.target > 0 && missing === 0,
    over,
  };
}
