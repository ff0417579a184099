import type { ReactNode } from "react";

/**
 * A record table's phone face: one card per row with the figures that matter, shown below `md`
 * while the table (given `hidden md:block`) takes over from there — both rendered, CSS picks one,
 * as the lists do (components/lists/list-views.tsx). For the tables of a record page (a customer's
 * open titles and recent orders, an order's or a quotation's items); print keeps the table.
 */
export function RecordCards({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <ul className="mt-3 space-y-3 md:hidden print:hidden" data-testid={testId}>
      {children}
    </ul>
  );
}

/** One row as a card: what names it on top (a link, a number), its fields below in two columns. */
export function RecordCard({
  title,
  aside,
  tone = "",
  children,
}: {
  title: ReactNode;
  /** Beside the title, right-aligned (a status, a badge). */
  aside?: ReactNode;
  /** Extra classes for a row that stands out (an overdue title). */
  tone?: string;
  children: ReactNode;
}) {
  return (
    <li className={`rounded-xl border border-slate-200 bg-white p-3 ${tone}`}>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <div className="min-w-0 font-semibold text-slate-900">{title}</div>
        {aside}
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">{children}</dl>
    </li>
  );
}

/** A labelled figure of a card; `wide` takes the card's whole width (a description). */
export function CardField({
  label,
  wide = false,
  className = "",
  testId,
  children,
}: {
  label: string;
  wide?: boolean;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className={wide ? "col-span-2" : ""} data-testid={testId}>
      <dt className="text-slate-600">{label}</dt>
      <dd className={`font-medium text-slate-900 ${className}`}>{children}</dd>
    </div>
  );
}
