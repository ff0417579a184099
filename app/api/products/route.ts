import { z } from "zod";
import { json, parseQuery, withViewer } from "@/server/http";
import { searchProducts } from "@/server/services/product-search";

export const dynamic = "force-dynamic";

const productQuerySchema = z.object({
  q: z.string().trim().max(60).optional().default(""),
  /** Exact codes (comma-separated): the lines' products again, priced by another list. */
  codes: z
    .string()
    .max(2_000)
    .optional()
    .transform((v) =>
      v
        ? [
            ...new Set(
              v
                .split(",")
                .map((c) => c.trim())
                .filter(Boolean),
            ),
          ].slice(0, 200)
        : undefined,
    ),
  priceList: z
    .string()
    .regex(/^[0-9A-Za-z]{0,3}$/)
    .optional()
    .default(""),
});

/** The order form's item search: active products by code or description, priced by the chosen list. */
export function GET(req: Request) {
  return withViewer(async (viewer) => {
    const query = parseQuery(productQuerySchema, req);
    if ("error" in query) return query.error;
    if (!query.data.codes && query.data.q.length < 2) return json({ items: [] });
    return json({ items: await searchProducts(viewer, query.data) });
  });
}
