/**
 * What a streamed part of a page shows until its online read answers: a line saying what is on its
 * way (a polite status) and grey blocks in the shape of what comes. The home's cards and charts and
 * the customer page's open titles use it.
 */
export function Skeleton({
  label,
  blocks,
  grid = "grid gap-3",
  block = "h-28",
  testId,
}: {
  label: string;
  blocks: number;
  /** The grid of the blocks, as the real content lays out (`grid gap-3 sm:grid-cols-2`). */
  grid?: string;
  /** Each block's size and, for a wide one, its span (`h-64 lg:col-span-2`); a function for blocks that differ. */
  block?: string | ((index: number) => string);
  testId?: string;
}) {
  return (
    <div className="space-y-3" aria-busy="true" data-testid={testId}>
      <p role="status" className="text-sm text-slate-700">
        {label}
      </p>
      <div className={grid}>
        {Array.from({ length: blocks }, (_, i) => (
          <div
            key={i}
            className={`animate-pulse rounded-2xl bg-slate-200 ${typeof block === "function" ? block(i) : block}`}
          />
        ))}
      </div>
    </div>
  );
}
