"use client";

import type { UseFormReturn } from "react-hook-form";
import { useTranslations } from "use-intl";
import { fetchJson } from "@/components/fetch-json";
import { SERVER_MESSAGE as SERVER } from "@/components/ui/use-field-error-text";
import { discountOf, priceAfterDiscount } from "@/lib/order-lines";
import type { OrderForm as OrderFormData } from "@/lib/schemas/order-form";
import type { OrderCustomer, OrderFormContext, ProductOption } from "@/lib/types/order-entry";
import type { OrderFormValues } from "./form-values";

/**
 * Re-pricing the lines when the price list changes (chosen, or a picked customer's own): each line
 * keeps its discount over the new list price; a product the list does not have is marked on its line.
 */
export function useReprice({
  context,
  methods,
  onFailed,
}: {
  context: OrderFormContext;
  methods: UseFormReturn<OrderFormValues, unknown, OrderFormData>;
  /** The prices could not be read (offline, ERP down): the lines keep the prices they had. */
  onFailed: () => void;
}) {
  const t = useTranslations("orderForm");
  const te = useTranslations("actions.field");
  const { getValues, setValue, setError, clearErrors, formState } = methods;

  async function reprice(list: string) {
    const lines = getValues("items");
    const codes = lines.map((l) => l.product).filter(Boolean);
    if (!codes.length) return;
    try {
      const { items } = await fetchJson<{ items: ProductOption[] }>(
        `/api/products?${new URLSearchParams({ codes: codes.join(","), priceList: list })}`,
      );
      const byCode = new Map(items.map((p) => [p.code, p]));
      lines.forEach((line, index) => {
        if (!line.product) return;
        const p = byCode.get(line.product);
        if (!p) {
          setError(`items.${index}.product`, {
            message: `${SERVER}${list ? t("notInList", { list }) : te("product_unknown")}`,
          });
          return;
        }
        const discount =
          line.price !== null && Number.isFinite(line.price) ? discountOf(line.listPrice ?? 0, line.price) : 0;
        setValue(
          `items.${index}`,
          {
            ...line,
            listPrice: p.listPrice,
            minimumPrice: p.minimumPrice,
            price: priceAfterDiscount(p.listPrice, discount),
          },
          { shouldDirty: true },
        );
        clearErrors(`items.${index}.product`);
      });
    } catch {
      onFailed();
    }
  }

  /** A picked customer (or none) on the form: its code, and its payment condition and price list when usable. */
  function applyCustomer(c: OrderCustomer | null) {
    setValue("customer", c?.code ?? "", { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setValue("store", c?.store ?? "", { shouldDirty: true });
    if (!c) return;
    if (context.paymentConditions.some((p) => p.code === c.paymentCondition))
      setValue("paymentCondition", c.paymentCondition, { shouldDirty: true });
    if (context.priceLists.some((l) => l.code === c.priceList) && c.priceList !== getValues("priceList")) {
      setValue("priceList", c.priceList, { shouldDirty: true });
      void reprice(c.priceList);
    }
  }

  return { reprice, applyCustomer };
}
