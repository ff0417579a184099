"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { QuotationForm } from "@/components/quotations/quotation-form";
import type { OrderForm } from "./order-form";

/**
 * The order and quotation forms as islands: the server renders them in full, so the form paints
 * with the page; their code (react-hook-form, the pickers, the totals, and the query cache they
 * fetch with) is preloaded at low priority and hydrates right after the shell instead of inside
 * the page's first long task, and stays out of the route's First Load JS.
 */
export const LazyOrderForm = dynamic(() =>
  Promise.all([import("./order-form"), import("@/components/query-scope")]).then(
    ([{ OrderForm: Form }, { QueryScope }]) =>
      function OrderFormIsland(props: ComponentProps<typeof OrderForm>) {
        return (
          <QueryScope>
            <Form {...props} />
          </QueryScope>
        );
      },
  ),
);

export const LazyQuotationForm = dynamic(() =>
  Promise.all([import("@/components/quotations/quotation-form"), import("@/components/query-scope")]).then(
    ([{ QuotationForm: Form }, { QueryScope }]) =>
      function QuotationFormIsland(props: ComponentProps<typeof QuotationForm>) {
        return (
          <QueryScope>
            <Form {...props} />
          </QueryScope>
        );
      },
  ),
);
