/**
 * Protheus dates (`YYYYMMDD`, as DBAccess keeps them) for the business-time routines: converted to
 * the portal's calendar dates and back, the arithmetic in `lib/dates.ts`.
 */
import { addDays as addIsoDays, fromProtheusDate, isWeekend, toProtheusDate, toSgeDate } from "../../lib/dates";

/** A Protheus date the sandbox holds as set (the business clock, a seeded or computed date): ISO; blank or unreal throws. */
export function isoOfProtheus(yyyymmdd: string): string {
  const iso = fromProtheusDate(yyyymmdd);
  if (!iso) throw new RangeError(`not a Protheus date: ${yyyymmdd}`);
  return iso;
}

/** A Protheus date as its messages write it, `dd/mm/yyyy` (SGE's wire format too). */
export function messageDate(yyyymmdd: string): string {
  return toSgeDate(isoOfProtheus(yyyymmdd));
}

export function addDays(yyyymmdd: string, days: number): string {
  return toProtheusDate(addIsoDays(isoOfProtheus(yyyymmdd), days));
}

/**
 * DataValida(): a due date on a Saturday or Sunday moves to the next Monday (E1_VENCREA). The
 * sandbox has no holiday calendar (Protheus reads table 63 of SX5 / MV_FERIADO for that), so a due
 * date may fall on a national holiday here; the portal's working days (lib/working-days.ts) skip them.
 */
export function nextBusinessDay(yyyymmdd: string): string {
  let day = yyyymmdd;
  while (isWeekend(isoOfProtheus(day))) day = addDays(day, 1);
  return day;
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
