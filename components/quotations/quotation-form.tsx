"use client";

import { lazy } from "react";
import { OrderForm } from "@/components/orders/form/order-form";
import type { OrderFormContext, OrderFormInitial } from "@/lib/types/order-entry";

const QuotationQueueProgress = lazy(() =>
  import("./quotation-queue-progress").then((m) => ({ default: m.QuotationQueueProgress })),
);

/**
 * Add or edit a quotation: the order form (drafts, checks, taxes, one send per draft) as a
 * quotation, followed in the ERP's quotation queue once sent.
 */
export function QuotationForm({ context, initial }: { context: OrderFormContext; initial: OrderFormInitial }) {
  return <OrderForm document="quotation" context={context} initial={initial} progress={QuotationQueueProgress} />;
}
