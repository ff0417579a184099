import { differenceInCalendarDays, parseISO } from "date-fns";

/**
 * ERP dates arrive as ISO (`2026-11-22`, `2026-11-22T10:00:00Z`) or Protheus `YYYYMMDD`; the
 * portal keeps ISO `yyyy-mm-dd` for dates. Empty or "blank" Protheus dates (`        `) → null.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!v || /^0+$/.test(v)) return null;
  const protheus = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (protheus) return `${protheus[1]}-${protheus[2]}-${protheus[3]}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
}

/** Whole days from `from` to `to` (ISO dates), e.g. days overdue. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
