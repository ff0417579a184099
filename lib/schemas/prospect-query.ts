import { z } from "zod";
import { isUf } from "@/lib/br-registration";
import { prospectFilterStatuses, prospectSorts } from "@/lib/prospect-query-options";

/**
 * "Meus prospects" query, from the URL or the list's own fetches. Unknown values are rejected,
 * never passed on: client filters never reach the ERP.
 */
export const prospectQuerySchema = z.object({
  q: z.string().trim().max(80).optional().default(""),
  status: z.enum(prospectFilterStatuses).optional(),
  uf: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v): boolean => isUf(v), "not a UF")
    .optional(),
  sort: z.enum(prospectSorts).optional().default("name"),
  dir: z.enum(["asc", "desc"]).optional().default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(5).max(100).optional().default(25),
});

export type ProspectQuery = z.infer<typeof prospectQuerySchema>;
