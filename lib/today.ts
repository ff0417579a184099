/** Today in the business time zone (Brasília), ISO `yyyy-mm-dd`: what "overdue" and validity are measured against. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Sao_Paulo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
