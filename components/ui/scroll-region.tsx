import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone, scrolled sideways inside its card: a named group the
 * keyboard can reach (focusable, so arrow keys scroll it) even when nothing inside is focusable.
 */
export function ScrollRegion({
  labelledBy,
  className = "",
  children,
}: {
  /** Id of the heading that names what scrolls. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="group" aria-labelledby={labelledBy} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
