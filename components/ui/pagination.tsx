"use client";

import { Button } from "./button";

/** Previous / "page x of y" / next, for the server-paged lists. Nothing when there is one page. */
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
  return (
    <nav aria-label={labels.nav} className="flex items-center justify-between gap-2">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {labels.previous}
      </Button>
      <span className="text-sm text-slate-700">{labels.page}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {labels.next}
      </Button>
    </nav>
  );
}
