import { z } from "zod";
import { bases, comparisons } from "@/lib/indicator-query";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be yyyy-mm");

/** The home's URL: period months, comparison, an administrator's seller filter, and an explicit refresh. */
export const indicatorParamsSchema = z.object({
  start: month.optional(),
  end: month.optional(),
  comparison: z.enum(comparisons).optional().default("monthly"),
  basis: z.enum(bases).optional().default("todate"),
  seller: z
    .string()
    .regex(/^[0-9A-Za-z]{1,6}$/)
    .optional(),
  refresh: z.literal("1").optional(),
});
