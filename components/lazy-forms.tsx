"use client";

import dynamic from "next/dynamic";

/**
 * The order, quotation, customer and prospect forms as islands: the server renders them in full,
 * so the form paints with the page; their code (react-hook-form, the pickers, the totals, and the
 * query cache they fetch with) is preloaded at low priority and hydrates right after the shell
 * instead of inside the page's first long task, and stays out of the route's First Load JS.
 */
export const LazyOrderForm = dynamic(() =>
  Promise.all([import("@/components/orders/form/order-form"), import("@/components/query-scope")]).then(([m, q]) =>
    q.withQueryScope(m.OrderForm),
  ),
);

export const LazyQuotationForm = dynamic(() =>
  Promise.all([import("@/components/quotations/quotation-form"), import("@/components/query-scope")]).then(([m, q]) =>
    q.withQueryScope(m.QuotationForm),
  ),
);

export const LazyRegistrationForm = dynamic(() =>
  Promise.all([import("@/components/registration/registration-form"), import("@/components/query-scope")]).then(
    ([m, q]) => q.withQueryScope(m.RegistrationForm),
  ),
);
