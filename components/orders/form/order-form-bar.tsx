"use client";

import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { SaveStatus } from "@/components/ui/save-status";
import { OrderBarTotal } from "./order-totals";

/**
 * The action bar. From 768 px: one sticky bar (draft status, then Descartar and Enviar). On a
 * phone it would take a fifth of the screen, so there the wrapper dissolves (`contents`): the
 * status and Descartar stay at the end of the page, and only the total (a link to the totals
 * above) and Enviar stick to the bottom, in one row, away from Descartar. While a customer or
 * product suggestion list is open the bar steps aside, so it never covers the list.
 */
export function OrderFormBar({
  saveState,
  onDiscard,
  discardLabel,
  submitLabel,
  sending,
}: {
  saveState: ComponentProps<typeof SaveStatus>["state"];
  onDiscard: () => void;
  discardLabel: string;
  submitLabel: string;
  sending: boolean;
}) {
  return (
    <div className="contents md:sticky md:bottom-0 md:z-10 md:flex md:flex-wrap md:items-center md:justify-between md:gap-3 md:rounded-2xl md:border md:border-slate-200 md:bg-white/95 md:p-3 md:shadow-sm md:group-has-[[data-suggestions]]/form:hidden">
      <div className="flex flex-col items-start gap-2 md:contents">
        <Button
          type="button"
          variant="ghost"
          className="max-md:border max-md:border-slate-300 max-md:bg-white md:order-2"
          onClick={onDiscard}
        >
          {discardLabel}
        </Button>
        <div className="md:order-1 md:mr-auto">
          <SaveStatus state={saveState} namespace="orderForm.save" />
        </div>
      </div>
      <div
        className="sticky bottom-0 z-10 mt-4 flex items-center justify-between gap-3 rounded-2xl border border-slate-200 bg-white p-2 shadow-md group-has-[[data-suggestions]]/form:hidden md:contents"
        data-testid="order-form-bar"
      >
        <OrderBarTotal />
        <Button type="submit" className="shrink-0 md:order-3" disabled={sending} aria-busy={sending}>
          {submitLabel}
        </Button>
      </div>
    </div>
  );
}
