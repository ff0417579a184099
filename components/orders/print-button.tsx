"use client";

import { Button } from "@/components/ui/button";

/** The browser's print dialog: the page's print layout is the "espelho do pedido" (save as PDF there). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
