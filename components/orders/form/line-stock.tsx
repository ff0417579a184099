"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { FeatureLine } from "@/components/capabilities/feature-line";
import { unavailableLine } from "@/components/capabilities/unavailable-line";
import { fetchJson } from "@/components/fetch-json";
import type { StockHold } from "@/lib/types/order";
import type { LineValues } from "./form-values";

type Stock = { available: number; warehouse: string | null };

/**
 * Stock available now (online) in the warehouse the ERP will check, with what this order's earlier
 * items take from it and, in an edit, what the order already reserves (the ERP gives that back
 * before releasing the changed order); a warning when the line asks for more than is left. An ERP
 * without the stock endpoint: the one line saying so (`unavailable`, or a 409 from the route), no figures.
 */
export function LineStock({
  product,
  quantity,
  unit,
  earlier,
  holds,
  unavailable,
}: {
  product: string;
  quantity: number | null;
  unit: string;
  /** Quantity of the same product on the order's earlier items. */
  earlier: number;
  holds: readonly StockHold[];
  unavailable?: string;
}) {
  const t = useTranslations("orderForm");
  const format = useFormat();
  const stock = useQuery({
    queryKey: ["stock", product],
    queryFn: () => fetchJson<Stock>(`/api/products/${encodeURIComponent(product)}/stock`),
    staleTime: 30_000,
    retry: false,
    enabled: !unavailable,
  });
  const reason = unavailable ?? unavailableLine(stock.error);
  if (reason) return <FeatureLine text={reason} />;
  if (stock.isPending) return <p className="text-sm text-slate-600">{t("stockLoading")}</p>;
  if (stock.isError) return <p className="text-sm text-slate-700">{t("stockUnavailable")}</p>;
  const { warehouse } = stock.data;
  const own = warehouse
    ? holds.filter((h) => h.product === product.trim() && h.warehouse === warehouse).reduce((n, h) => n + h.quantity, 0)
    : 0;
  const available = stock.data.available + own;
  const short = quantity !== null && Number.isFinite(quantity) && quantity > available - earlier + 1e-9;
  const amount = { quantity: format.number(available), unit };
  return (
    <p
      className={`text-sm ${short || available <= 0 ? "font-medium text-amber-800" : "text-slate-700"}`}
      data-testid="line-stock"
    >
      {available > 0
        ? warehouse
          ? t("stock", { ...amount, warehouse })
          : t("stockAllWarehouses", amount)
        : warehouse
          ? t("noStock", { warehouse })
          : t("noStockAnywhere")}
      {own > 0 ? ` ${t("stockOwn", { quantity: format.number(own), unit })}` : ""}
      {earlier > 0 ? ` ${t("stockEarlier", { quantity: format.number(earlier), unit })}` : ""}
      {short ? ` ${t("stockShort")}` : ""}
    </p>
  );
}

/** Quantity of `product` on the lines before `index` (what the ERP's release takes first). */
export const earlierQuantity = (lines: readonly LineValues[], index: number, product: string) =>
  lines
    .slice(0, index)
    .filter((l) => l.product === product && l.quantity !== null && Number.isFinite(l.quantity))
    .reduce((n, l) => n + (l.quantity ?? 0), 0);
