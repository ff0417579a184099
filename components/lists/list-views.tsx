"use client";

import type { ReactNode } from "react";

/**
 * The two faces of a server-paged list: a table from `md` up, cards on a phone. Both are rendered
 * (CSS picks one) so the page never depends on the viewport to be right on first paint.
 */
export function ListTable({
  columns,
  busy,
  children,
}: {
  columns: readonly { label: string; numeric?: boolean }[];
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <table
      className="hidden w-full border-collapse overflow-hidden rounded-xl bg-white text-sm md:table"
      aria-busy={busy}
    >
      <thead className="bg-slate-100 text-left text-slate-700">
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? "p-3 text-right" : "p-3"}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function ListCards({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <ul className="space-y-3 md:hidden" aria-busy={busy}>
      {children}
    </ul>
  );
}

/** A table row of a list. */
export const listRow = "border-t border-slate-200 hover:bg-slate-50";
/** A row's link to the record (its first cell). */
export const rowLink =
  "inline-flex min-h-11 items-center font-semibold text-brand-700 underline-offset-2 hover:underline";

/**
 * A card (`<li>`) whose main link covers all of it (`cardLink`: the link's ::after); any other
 * link in the card sits above it with `relative z-10`.
 */
export const listCard = "relative rounded-xl border border-slate-200 bg-white p-4 has-[a:active]:bg-slate-50";
export const cardLink = "after:absolute after:inset-0 after:rounded-xl after:content-['']";
