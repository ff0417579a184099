"use client";

import { useId, useState, type ReactNode } from "react";

const toggles = {
  /** A full-width 44 px bar, like a field: a list's filters, the home's period. */
  bar: "flex w-full items-center justify-between gap-2 rounded-lg border border-slate-300 bg-white px-3 text-left text-sm font-medium text-slate-900",
  /** A link-like line: details a phone can do without at first. */
  link: "inline-flex items-center gap-1 text-sm font-medium text-brand-700 underline underline-offset-2",
} as const;

/**
 * Controls a phone can do without on its first screen (a list's filters, the home's period),
 * folded behind a one-line summary below 768 px: the summary is a button with `aria-expanded` that
 * opens them. From 768 px they are always open and the button is not there; the choice is CSS, so
 * the server's HTML is already right on either screen. `open` keeps them open (a filter with an
 * error must stay in sight).
 */
export function PhoneCollapse({
  summary,
  open: forced = false,
  look = "bar",
  testId,
  children,
}: {
  summary: ReactNode;
  open?: boolean;
  look?: keyof typeof toggles;
  testId?: string;
  children: ReactNode;
}) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded || forced;
  return (
    <>
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setExpanded(!shown)}
        className={`min-h-11 md:hidden ${toggles[look]}`}
        data-testid={testId}
      >
        <span className="line-clamp-2 min-w-0">{summary}</span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={`size-5 shrink-0 transition-transform ${shown ? "rotate-180" : ""}`}
        >
          <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div id={id} className={shown ? undefined : "max-md:hidden"}>
        {children}
      </div>
    </>
  );
}
