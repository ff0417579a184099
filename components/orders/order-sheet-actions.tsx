"use client";

import type { ComponentProps } from "react";
import { PdfActions } from "@/components/ui/pdf-actions";
import { PrintButton } from "./print-button";

/** The order's PDF (download, share) and the print of its sheet, side by side in its toolbar: one island. */
export function OrderSheetActions({ pdf, print }: { pdf: ComponentProps<typeof PdfActions>; print: string }) {
  return (
    <>
      <PdfActions {...pdf} />
      <PrintButton label={print} />
    </>
  );
}
