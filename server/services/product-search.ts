import "server-only";
import { sql } from "drizzle-orm";
import { searchText } from "@/lib/search-text";
import type { PriceListItem, Product } from "@/lib/types/catalog";
import type { ProductOption } from "@/lib/types/order-entry";
import type { Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import { syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";

const SEARCH_LIMIT = 20;

/**
 * Products for the item search: active ones matching the code or the description, with the
 * chosen list's price and minimum (only the list's products when a list is chosen), else B1_PRV1.
 */
export async function searchProducts(
  viewer: Viewer,
  query: { q: string; priceList: string; codes?: string[] },
): Promise<ProductOption[]> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const q = searchText(query.q)
    .trim()
    .replace(/[%_\\]/g, "\\$&");
  const product = sql`${syncedRecords.data}`;
  const item = sql`i.data`;
  const match = query.codes?.length
    ? sql`trim(${product}->>'code') in (${sql.join(
        query.codes.map((c) => sql`${c.trim()}`),
        sql`, `,
      )})`
    : q
      ? sql`(lower(${product}->>'code') like ${`%${q}%`} or translate(lower(${product}->>'description'), 'áàâãäéèêëíìîïóòôõöúùûüç', 'aaaaaeeeeiiiiooooouuuuc') like ${`%${q}%`})`
      : sql`true`;
  const rows = await db.execute<{ product: Product; item: PriceListItem | null }>(sql`
    select ${product} as product, ${query.priceList ? item : sql`null`} as item
    from ${syncedRecords}
    ${
      query.priceList
        ? sql`join ${syncedRecords} i on i.scope = ${scope} and i.entity = 'pricelistitems' and i.data->>'priceList' = ${query.priceList}
              and trim(i.data->>'product') = trim(${product}->>'code') and (i.data->>'active')::boolean`
        : sql``
    }
    where ${syncedRecords.scope} = ${scope} and ${syncedRecords.entity} = 'products' and (${product}->>'active')::boolean and ${match}
    order by ${product}->>'code'
    limit ${query.codes?.length ? query.codes.length : SEARCH_LIMIT}`);
  return rows.rows.map((r) => ({
    code: r.product.code.trim(),
    description: r.product.description,
    unit: r.product.unit,
    warehouse: r.product.warehouse,
    listPrice: r.item ? r.item.price : r.product.price,
    minimumPrice: r.item ? r.item.minimumPrice : 0,
  }));
}
