import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsInteger,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { customerSorts, customerStatuses } from "@/lib/customer-query-options";
import { orderFilterStatuses, orderSorts } from "@/lib/order-query-options";
import type { CustomerQuery } from "@/lib/schemas/customer-query";
import type { OrderQuery } from "@/lib/schemas/order-query";
import { riskLetters } from "@/lib/types/customer";

/**
 * The lists' URL state (customers, orders), one parser per parameter, shared by the browser
 * (`useQueryStates` in the list hooks) and the page's server component (`createLoader`), so both
 * read a link the same way. A value a parser does not accept reads as that parameter's default
 * (a hand-edited URL never fails the page); the API routes still parse strictly with the zod
 * schemas of `lib/schemas/*-query.ts`, whose limits these mirror. Only what differs from the
 * defaults is written (nuqs' `clearOnDefault`), so links stay short. `nuqs/server` holds no
 * server-only code: it is the import the nuqs docs give for parsers shared with the client.
 */

/** The search box as typed (never trimmed here: the box keeps its spaces while typing; the server trims). */
const searchText = createParser({ parse: (v) => (v.length <= 80 ? v : null), serialize: (v: string) => v }).withDefault(
  "",
);
const isoDay = createParser({
  parse: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null),
  serialize: (v: string) => v,
});
const whole = (min: number, max: number) =>
  createParser({
    parse: (v) => {
      const n = parseAsInteger.parse(v);
      return n !== null && n >= min && n <= max ? n : null;
    },
    serialize: (n: number) => String(n),
  });
const paging = { page: whole(1, 100_000).withDefault(1), pageSize: whole(5, 100).withDefault(25) };
const direction = (fallback: "asc" | "desc") => parseAsStringLiteral(["asc", "desc"] as const).withDefault(fallback);

export const orderListParams = {
  q: searchText,
  status: parseAsArrayOf(parseAsStringLiteral(orderFilterStatuses), ",").withDefault([]),
  from: isoDay,
  to: isoDay,
  sort: parseAsStringLiteral(orderSorts).withDefault("issueDate"),
  dir: direction("desc"),
  ...paging,
};

export const customerListParams = {
  q: searchText,
  risk: parseAsArrayOf(parseAsStringLiteral(riskLetters), ",").withDefault([]),
  status: parseAsStringLiteral(customerStatuses).withDefault("all"),
  overdue: parseAsStringLiteral(["1"] as const),
  exhausted: parseAsStringLiteral(["1"] as const),
  /** Portfolio customers (not blocked) without a purchase in the last 90 days (the home's card). */
  noPurchase: parseAsStringLiteral(["90"] as const),
  sort: parseAsStringLiteral(customerSorts).withDefault("name"),
  dir: direction("asc"),
  ...paging,
};

type OrderListParams = inferParserType<typeof orderListParams>;
type CustomerListParams = inferParserType<typeof customerListParams>;

/** URL state → the list query (absent optional parameters are `undefined`, as the zod schemas give them). */
export function orderQueryOf(params: OrderListParams): OrderQuery {
  return { ...params, from: params.from ?? undefined, to: params.to ?? undefined };
}

export function customerQueryOf(params: CustomerListParams): CustomerQuery {
  return {
    ...params,
    overdue: params.overdue ?? undefined,
    exhausted: params.exhausted ?? undefined,
    noPurchase: params.noPurchase ?? undefined,
  };
}

/** The query → its search string without `?` (what differs from the defaults), for links and the lists' fetches. */
const serializeOrders = createSerializer(orderListParams);
const serializeCustomers = createSerializer(customerListParams);
export const orderSearch = (query: Partial<OrderQuery>) => serializeOrders(query).replace(/^\?/, "");
export const customerSearch = (query: Partial<CustomerQuery>) => serializeCustomers(query).replace(/^\?/, "");

export const loadOrderListParams = createLoader(orderListParams);
export const loadCustomerListParams = createLoader(customerListParams);
