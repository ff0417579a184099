import { z } from "zod";
import { isIsoDate } from "@/lib/calendar-date";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be yyyy-mm-dd")
  .refine(isIsoDate, "not a calendar date");

/**
 * The LGPD access log's query (administrators): who (`login`), which record (`q`: the record key or
 * the name it is known by), a range of business days, paging; always newest first.
 */
export const accessLogQuerySchema = z
  .object({
    q: z.string().trim().max(80).optional().default(""),
    login: z.string().trim().max(40).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
    pageSize: z.coerce.number().int().min(5).max(100).optional().default(25),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "end date before start date" });

export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;
