import { ordersCsv } from "@/lib/orders-csv";
import { orderQuerySchema } from "@/lib/schemas/order-query";
import { parseQuery, withViewer } from "@/server/http";
import { businessToday } from "@/server/clock";
import { getLocale, getTranslations } from "@/server/i18n";
import { exportOrders } from "@/server/services/order-list";

export const dynamic = "force-dynamic";

/** The filtered "My orders" list as CSV (Excel in pt-BR: `;`, decimal comma, UTF-8 with BOM). */
export function GET(req: Request) {
  return withViewer(
    async (viewer) => {
      const query = parseQuery(orderQuerySchema, req);
      if ("error" in query) return query.error;
      const [rows, t, locale] = await Promise.all([
        exportOrders(viewer, query.data),
        getTranslations("orders"),
        getLocale(),
      ]);
      const statusText = await getTranslations("orderStatus");
      const csv = ordersCsv(rows, {
        locale,
        header: [
          t("csv.number"),
          t("csv.issueDate"),
          t("csv.customer"),
          t("csv.store"),
          t("csv.name"),
          t("csv.document"),
          t("csv.status"),
          t("csv.items"),
          t("csv.total"),
          t("csv.invoice"),
        ],
        status: (s) => statusText(s),
      });
      return new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="pedidos-${businessToday()}.csv"`,
          "Cache-Control": "private, no-store",
        },
      });
    },
    { privilege: "orders.view" },
  );
}
