import { customerSorts, customerStatuses } from "@/lib/customer-query-options";
import { isIsoDate } from "@/lib/calendar-date";
import { orderFilterStatuses, orderSorts } from "@/lib/order-query-options";
import { prospectFilterStatuses, prospectSorts, UF_PATTERN } from "@/lib/prospect-query-options";
import { quotationFilterStatuses, quotationSorts, quotationValidities } from "@/lib/quotation-query-options";
import type { AccessLogQuery } from "@/lib/schemas/access-log-query";
import type { CustomerQuery } from "@/lib/schemas/customer-query";
import type { OrderQuery } from "@/lib/schemas/order-query";
import type { ProspectQuery } from "@/lib/schemas/prospect-query";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";
import { riskLetters } from "@/lib/types/customer";
import {
  arrayParam,
  customParam,
  intParam,
  literalParam,
  loadParams,
  serializeParams,
  textParam,
  type UrlValues,
} from "@/lib/url-params";

/**
 * The lists' URL state (customers, orders, quotations, prospects), one parser per parameter, shared by the browser
 * (`useUrlParams` in the list hooks) and the page's server component (`loadParams`), so both read a
 * link the same way. A value a parser does not accept reads as that parameter's default (a
 * hand-edited URL never fails the page); the API routes still parse strictly with the zod schemas
 * of `lib/schemas/*-query.ts`, whose limits these mirror. Only what differs from the defaults is
 * written, so links stay short.
 */

/** The search box as typed (never trimmed here: the box keeps its spaces while typing; the server trims). */
const searchText = textParam(80).withDefault("");
const isoDay = customParam(
  (v) => (isIsoDate(v) ? v : null),
  (v: string) => v,
);
const paging = { page: intParam(1, 100_000).withDefault(1), pageSize: intParam(5, 100).withDefault(25) };
const direction = (fallback: "asc" | "desc") => literalParam(["asc", "desc"] as const).withDefault(fallback);

export const orderListParams = {
  q: searchText,
  status: arrayParam(literalParam(orderFilterStatuses)).withDefault([]),
  from: isoDay,
  to: isoDay,
  sort: literalParam(orderSorts).withDefault("issueDate"),
  dir: direction("desc"),
  ...paging,
};

export const quotationListParams = {
  q: searchText,
  status: arrayParam(literalParam(quotationFilterStatuses)).withDefault([]),
  validity: literalParam(quotationValidities),
  from: isoDay,
  to: isoDay,
  sort: literalParam(quotationSorts).withDefault("issueDate"),
  dir: direction("desc"),
  ...paging,
};

export const customerListParams = {
  q: searchText,
  risk: arrayParam(literalParam(riskLetters)).withDefault([]),
  status: literalParam(customerStatuses).withDefault("all"),
  overdue: literalParam(["1"] as const),
  exhausted: literalParam(["1"] as const),
  /** Portfolio customers (not blocked) without a purchase in the last 90 days (the home's card). */
  noPurchase: literalParam(["90"] as const),
  sort: literalParam(customerSorts).withDefault("name"),
  dir: direction("asc"),
  ...paging,
};

export const prospectListParams = {
  q: searchText,
  status: literalParam(prospectFilterStatuses),
  uf: customParam(
    (v) => (UF_PATTERN.test(v) ? v : null),
    (v: string) => v,
  ),
  sort: literalParam(prospectSorts).withDefault("name"),
  dir: direction("asc"),
  ...paging,
};

export type OrderListParams = UrlValues<typeof orderListParams>;
export type QuotationListParams = UrlValues<typeof quotationListParams>;
export type CustomerListParams = UrlValues<typeof customerListParams>;
export type ProspectListParams = UrlValues<typeof prospectListParams>;

/** URL state → the list query (absent optional parameters are `undefined`, as the zod schemas give them). */
export function orderQueryOf(params: OrderListParams): OrderQuery {
  return { ...params, from: params.from ?? undefined, to: params.to ?? undefined };
}

export function quotationQueryOf(params: QuotationListParams): QuotationQuery {
  return {
    ...params,
    validity: params.validity ?? undefined,
    from: params.from ?? undefined,
    to: params.to ?? undefined,
  };
}

export function customerQueryOf(params: CustomerListParams): CustomerQuery {
  return {
    ...params,
    overdue: params.overdue ?? undefined,
    exhausted: params.exhausted ?? undefined,
    noPurchase: params.noPurchase ?? undefined,
  };
}

export function prospectQueryOf(params: ProspectListParams): ProspectQuery {
  return { ...params, status: params.status ?? undefined, uf: params.uf ?? undefined };
}

/** The query → its search string without `?` (what differs from the defaults), for links and the lists' fetches. */
export const orderSearch = (query: Partial<OrderQuery>) => serializeParams(orderListParams, query);
export const quotationSearch = (query: Partial<QuotationQuery>) => serializeParams(quotationListParams, query);
export const customerSearch = (query: Partial<CustomerQuery>) => serializeParams(customerListParams, query);
export const prospectSearch = (query: Partial<ProspectQuery>) => serializeParams(prospectListParams, query);

type Source = Parameters<typeof loadParams>[1];
export const loadOrderListParams = (source: Source) => loadParams(orderListParams, source);
export const loadQuotationListParams = (source: Source) => loadParams(quotationListParams, source);
export const loadCustomerListParams = (source: Source) => loadParams(customerListParams, source);
export const loadProspectListParams = (source: Source) => loadParams(prospectListParams, source);

/** The LGPD access log (administrators): record/name search, login, business-day range, paging; newest first. */
export const accessLogListParams = { q: searchText, login: textParam(40), from: isoDay, to: isoDay, ...paging };
export type AccessLogListParams = UrlValues<typeof accessLogListParams>;
export function accessLogQueryOf(params: AccessLogListParams): AccessLogQuery {
  return {
    ...params,
    login: params.login || undefined,
    from: params.from ?? undefined,
    to: params.to ?? undefined,
  };
}
export const accessLogSearch = (query: Partial<AccessLogQuery>) => serializeParams(accessLogListParams, query);
export const loadAccessLogListParams = (source: Source) => loadParams(accessLogListParams, source);
