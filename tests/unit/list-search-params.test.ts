import { describe, expect, it } from "vitest";
import {
  customerQueryOf,
  customerSearch,
  loadCustomerListParams,
  loadOrderListParams,
  orderQueryOf,
  orderSearch,
} from "@/lib/list-search-params";
import { customerQuerySchema } from "@/lib/schemas/customer-query";
import { orderQuerySchema } from "@/lib/schemas/order-query";

const orders = (search: string) => orderQueryOf(loadOrderListParams(new URLSearchParams(search)));
const customers = (search: string) => customerQueryOf(loadCustomerListParams(new URLSearchParams(search)));

describe("the lists' shared URL parsers", () => {
  it("an empty URL is the zod schemas' defaults, on both lists", () => {
    expect(orders("")).toEqual(orderQuerySchema.parse({}));
    expect(customers("")).toEqual(customerQuerySchema.parse({}));
  });

  it("read a shared link the way the API's zod schema does", () => {
    const search = "q=ana&status=open,invoiced&from=2026-11-01&to=2026-11-18&sort=total&dir=asc&page=3&pageSize=50";
    expect(orders(search)).toEqual(orderQuerySchema.parse(Object.fromEntries(new URLSearchParams(search))));
    const mine = "q=mercado&risk=B,C&status=blocked&overdue=1&noPurchase=90&sort=risk&dir=desc&page=2";
    expect(customers(mine)).toEqual(customerQuerySchema.parse(Object.fromEntries(new URLSearchParams(mine))));
  });

  it("a hand-edited bad value falls back to that parameter's default, never fails", () => {
    const read = orders("status=open,bogus&from=2026-02-30x&sort=price&page=0&pageSize=1000&dir=up");
    expect(read).toMatchObject({ sort: "issueDate", dir: "desc", page: 1, pageSize: 25, from: undefined });
    expect(read.status.every((s) => s === "open")).toBe(true);
    expect(customers("risk=Z&status=gone&overdue=yes&noPurchase=30")).toEqual(customerQuerySchema.parse({}));
    expect(orders(`q=${"x".repeat(81)}`).q).toBe("");
  });

  it("write only what differs from the defaults, in the format the API parses", () => {
    expect(orderSearch(orderQuerySchema.parse({}))).toBe("");
    expect(customerSearch(customerQuerySchema.parse({}))).toBe("");
    const query = {
      ...orderQuerySchema.parse({}),
      q: "ana maria",
      status: ["open" as const, "error" as const],
      page: 2,
    };
    const search = orderSearch(query);
    expect(new URLSearchParams(search).get("status")).toBe("open,error");
    expect(new URLSearchParams(search).has("sort")).toBe(false);
    expect(orderQuerySchema.parse(Object.fromEntries(new URLSearchParams(search)))).toEqual(query);
    expect(orders(search)).toEqual(query);
  });

  it("a customer link round-trips through the URL", () => {
    const query = {
      ...customerQuerySchema.parse({}),
      risk: ["E" as const],
      exhausted: "1" as const,
      sort: "code" as const,
    };
    expect(customers(customerSearch(query))).toEqual(query);
  });
});
