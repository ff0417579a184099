import { z } from "zod";
import { isIsoDate } from "@/lib/calendar-date";
import { orderFilterStatuses, orderSorts } from "@/lib/order-query-options";
import { csvOf } from "./csv-param";

export { orderFilterStatuses, orderSorts, type OrderSort } from "@/lib/order-query-options";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be yyyy-mm-dd")
  .refine(isIsoDate, "not a calendar date");

/**
 * "My orders" query, from the URL or the list's own fetches. Unknown values are rejected, never
 * passed on: client filters never reach the ERP's `filter` parameter.
 */
export const orderQuerySchema = z
  .object({
    q: z.string().trim().max(80).optional().default(""),
    status: csvOf(orderFilterStatuses),
    from: isoDay.optional(),
    to: isoDay.optional(),
    sort: z.enum(orderSorts).optional().default("issueDate"),
    dir: z.enum(["asc", "desc"]).optional().default("desc"),
    page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
    pageSize: z.coerce.number().int().min(5).max(100).optional().default(25),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "end date before start date" });

export type OrderQuery = z.infer<typeof orderQuerySchema>;
