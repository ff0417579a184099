/**
 * How the portal prints money, numbers, percentages and calendar dates, in one place: server
 * components get it through `getFormat()` (server/i18n.ts) and client components through
 * `useFormat()` (components/i18n/use-format.ts), so a page and its hydrated lists print the same.
 * Money is BRL whatever the language (the ERP's currency); the locale only decides how it is written.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = dateFormats.get(`${locale}|${key}`);
  if (!f) {
    // A calendar date is a day, not an instant: printed in UTC it never moves to the day before.
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    dateFormats.set(`${locale}|${key}`, f);
  }
  return f;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-18" → that day at 00:00 UTC; null for anything that is not a calendar date. */
function calendarDay(iso: string): Date | null {
  const m = CALENDAR_DATE.exec(iso.slice(0, 10));
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

export type Format = ReturnType<typeof formatFor>;

export function formatFor(locale: string) {
  // The symbol (R$, not "BRL") and grouping from four digits in every locale: Spanish would
  // otherwise write "2928,09 BRL", neither grouped nor with the symbol a Brazilian reads.
  const money = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "BRL",
    currencyDisplay: "narrowSymbol",
    useGrouping: "always",
  });
  const plain = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const day = dateFormat(locale, "day", { day: "2-digit", month: "2-digit", year: "numeric" });
  const month = dateFormat(locale, "month", { month: "short", year: "numeric" });
  const days = dateFormat(locale, "days", { day: "numeric", month: "short", year: "numeric" });
  return {
    /** Centavos as BRL in the viewer's locale: 123450 → "R$ 1.234,50" (pt-BR), "R$1,234.50" (en), "1.234,50 R$" (es). */
    money: (cents: number) => money.format(cents / 100),
    /** Centavos as a bare amount, two decimals, no grouping: 123450 → "1234,50" (pt-BR), "1234.50" (en); CSV cells. */
    amount: (cents: number) => plain.format(cents / 100),
    /** A percentage given in percent units: 5.1 → "5,1%" (pt-BR). */
    percent: (value: number) => percent.format(value / 100),
    /** A count or quantity, up to 4 decimals: 1500 → "1.500" (pt-BR), "1,500" (en). */
    number: (value: number) => number.format(value),
    /** An ISO calendar date (`YYYY-MM-DD`), shown as is (no time-zone shift): "18/11/2026" in pt-BR. */
    date: (iso: string | null | undefined, empty = "—") => {
      const d = iso ? calendarDay(iso) : null;
      return d ? day.format(d) : empty;
    },
    /** Two ISO calendar dates as one range, the shared parts once: "1 – 2 de dez. de 2025" (pt-BR), "Dec 1 – 2, 2025" (en). */
    dayRange: (from: string, to: string) => {
      const [a, b] = [calendarDay(from), calendarDay(to)];
      return a && b ? days.formatRange(a, b) : `${from} – ${to}`;
    },
    /** A month `YYYY-MM` (or a year `YYYY`) as the locale writes it: "nov. de 2026". */
    month: (period: string) => {
      const d = period.length === 4 ? null : calendarDay(`${period}-01`);
      return d ? month.format(d) : period;
    },
  };
}
