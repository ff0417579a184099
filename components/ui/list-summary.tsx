"use client";

import type { ReactNode } from "react";
import { Button } from "./button";

/** Above a filtered list: the live count, "clear filters" while any is set, and extra actions. */
export function ListSummary({
  count,
  testId,
  clearLabel,
  onClear,
  children,
}: {
  count: string;
  testId: string;
  clearLabel: string;
  onClear?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p aria-live="polite" className="text-sm font-medium text-slate-800" data-testid={testId}>
        {count}
      </p>
      <div className="flex flex-wrap gap-2">
        {onClear ? (
          <Button variant="ghost" onClick={onClear}>
            {clearLabel}
          </Button>
        ) : null}
        {children}
      </div>
    </div>
  );
}

/** The list is empty, and why (nothing there, or nothing matching the filters). */
export function EmptyList({ children }: { children: ReactNode }) {
  return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{children}</p>;
}
