import { quotationsCsv } from "@/lib/quotations-csv";
import { quotationQuerySchema } from "@/lib/schemas/quotation-query";
import { parseQuery, withViewer } from "@/server/http";
import { businessToday } from "@/server/clock";
import { getLocale, getTranslations } from "@/server/i18n";
import { exportQuotations } from "@/server/services/quotation-list";

export const dynamic = "force-dynamic";

/** The filtered "Meus orçamentos" list as CSV (Excel in pt-BR: `;`, decimal comma, UTF-8 with BOM). */
export function GET(req: Request) {
  return withViewer(
    async (viewer) => {
      const query = parseQuery(quotationQuerySchema, req);
      if ("error" in query) return query.error;
      const [rows, t, statusText, locale] = await Promise.all([
        exportQuotations(viewer, query.data),
        getTranslations("quotations"),
        getTranslations("quotationStatus"),
        getLocale(),
      ]);
      const csv = quotationsCsv(rows, {
        locale,
        header: [
          t("csv.number"),
          t("csv.issueDate"),
          t("csv.validity"),
          t("csv.customer"),
          t("csv.store"),
          t("csv.name"),
          t("csv.document"),
          t("csv.status"),
          t("csv.items"),
          t("csv.total"),
          t("csv.order"),
        ],
        status: (s) => statusText(s),
      });
      return new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="orcamentos-${businessToday()}.csv"`,
          "Cache-Control": "private, no-store",
        },
      });
    },
    { privilege: "quotations.view" },
  );
}
