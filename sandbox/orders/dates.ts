/** Protheus dates (`YYYYMMDD`) for the business-time routines; UTC arithmetic, no time zones. */

export function toDate(yyyymmdd: string): Date {
  return new Date(
    Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))),
  );
}

export function fromDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll("-", "");
}

export function addDays(yyyymmdd: string, days: number): string {
  const date = toDate(yyyymmdd);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/**
 * DataValida(): a due date on a Saturday or Sunday moves to the next Monday (E1_VENCREA). The
 * sandbox has no holiday calendar (Protheus reads table 63 of SX5 / MV_FERIADO for that).
 */
export function nextBusinessDay(yyyymmdd: string): string {
  const weekday = toDate(yyyymmdd).getUTCDay();
  return weekday === 6 ? addDays(yyyymmdd, 2) : weekday === 0 ? addDays(yyyymmdd, 1) : yyyymmdd;
}

/** `30,60,90` (E4_COND, type 1) → [30, 60, 90]; `0` → [0] (à vista). Slashes tolerated. */
export function instalmentDays(cond: string): number[] {
  const days = cond
    .split(/[,/;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map(Number);
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 0))
    throw new Error(`Condição de pagamento inválida: ${cond}`);
  return days;
}

/** E1_PARCELA: blank for a single instalment, A, B, C… otherwise (MV_1DUP = 'A'). */
export function instalmentCode(index: number, count: number): string {
  return count === 1 ? "" : String.fromCharCode("A".charCodeAt(0) + index);
}

/**
 * Splits a value into instalments in centavos; the rounding remainder goes to the first one
 * (what Condicao() does, so the instalments always add up to the invoice value).
 */
export function splitInstalments(total: number, count: number): number[] {
  const base = Math.trunc(total / count);
  return Array.from({ length: count }, (_, i) => (i === 0 ? total - base * (count - 1) : base));
}

/** 20260315 → 2026-03-15 (the wire format); blank → null. */
export function isoDate(yyyymmdd: string): string | null {
  const d = yyyymmdd.trim();
  return d === "" ? null : `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}
