import { z } from "zod";
import { isIsoDate } from "@/lib/calendar-date";
import { quotationFilterStatuses, quotationSorts, quotationValidities } from "@/lib/quotation-query-options";
import { csvOf } from "./csv-param";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be yyyy-mm-dd")
  .refine(isIsoDate, "not a calendar date");

/**
 * "Meus orçamentos" query, from the URL or the list's own fetches. Unknown values are rejected,
 * never passed on: client filters never reach the ERP.
 */
export const quotationQuerySchema = z
  .object({
    q: z.string().trim().max(80).optional().default(""),
    status: csvOf(quotationFilterStatuses),
    validity: z.enum(quotationValidities).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    sort: z.enum(quotationSorts).optional().default("issueDate"),
    dir: z.enum(["asc", "desc"]).optional().default("desc"),
    page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
    pageSize: z.coerce.number().int().min(5).max(100).optional().default(25),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "end date before start date" });

export type QuotationQuery = z.infer<typeof quotationQuerySchema>;
