"use client";

import { useListQuery } from "@/components/lists/use-list-query";
import { customerListParams, customerQueryOf, customerSearch } from "@/lib/list-search-params";
import type { CustomerQuery } from "@/lib/schemas/customer-query";

/** Query → URL search string (only what differs from the defaults, so links stay short). */
export function toSearch(query: CustomerQuery): string {
  return customerSearch(query);
}

const isFiltered = (query: CustomerQuery) =>
  Boolean(
    query.q || query.risk.length || query.status !== "all" || query.overdue || query.exhausted || query.noPurchase,
  );

/** The customer list's query state in the URL, read with the same parsers as the page's server component. */
export function useCustomerQuery() {
  return useListQuery(customerListParams, customerQueryOf, isFiltered);
}
