"use client";

import { Button } from "./button";

/**
 * Previous / "page x of y" / next, for the server-paged lists. Nothing when there is one page.
 * The pager sits under the list: the new page opens at the top of the screen, where it starts.
 */
export function Pagination({
  page,
  pages,
  labels,
  onPage,
}: {
  page: number;
  pages: number;
  labels: { nav: string; previous: string; next: string; page: string };
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  const go = (next: number) => {
    onPage(next);
    window.scrollTo({ top: 0 });
  };
  return (
    <nav aria-label={labels.nav} className="flex items-center justify-between gap-2">
      <Button variant="secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
        {labels.previous}
      </Button>
      <span className="text-sm text-slate-700">{labels.page}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
        {labels.next}
      </Button>
    </nav>
  );
}
