import { z } from "zod";
import { customerSorts, customerStatuses } from "@/lib/customer-query-options";
import { riskLetters } from "@/lib/types/customer";
import { csvOf } from "./csv-param";

export { customerSorts, MIN_SEARCH, type CustomerSort } from "@/lib/customer-query-options";

/**
 * "My customers" query, from the URL (shared links survive) or the list's own fetches. Unknown
 * values are rejected, never passed on: client filters never reach the ERP's `filter` parameter.
 */
export const customerQuerySchema = z.object({
  q: z.string().trim().max(80).optional().default(""),
  risk: csvOf(riskLetters),
  status: z.enum(customerStatuses).optional().default("all"),
  overdue: z.enum(["1"]).optional(),
  exhausted: z.enum(["1"]).optional(),
  /** Portfolio customers (not blocked) without a purchase in the last 90 days (the home's card). */
  noPurchase: z.enum(["90"]).optional(),
  sort: z.enum(customerSorts).optional().default("name"),
  dir: z.enum(["asc", "desc"]).optional().default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(5).max(100).optional().default(25),
});

export type CustomerQuery = z.infer<typeof customerQuerySchema>;
