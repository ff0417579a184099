/** `yyyy-mm-dd` ↔ SGE's `dd/mm/yyyy`; SGE answers carry `yyyy-mm-ddT00:00:00`. */
export function toSgeDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

export function fromSgeDateTime(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** An ISO calendar date that exists (2026-02-30 does not). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `yyyy-mm-dd` of day `day` (clamped to the month's last) of the month `offset` months after `from`'s. */
export function fixedDayAfter(from: string, offset: number, day: number): string {
  const [y, m] = from.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + offset, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/** Same day `months` later (clamped to the month's last day). */
export function addMonthsIso(iso: string, months: number): string {
  return fixedDayAfter(iso, months, Number(iso.slice(8, 10)));
}
