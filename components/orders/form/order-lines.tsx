"use client";

import { Controller, useFieldArray, useFormContext, useWatch, type FieldErrors } from "react-hook-form";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { Button } from "@/components/ui/button";
import { discountOf, itemCode, lineTotal, MAX_ORDER_ITEMS, priceAfterDiscount } from "@/lib/order-lines";
import { MAX_DISCOUNT } from "@/lib/order-form-options";
import type { StockHold } from "@/lib/types/order";
import type { ProductOption } from "@/lib/types/order-entry";
import { DecimalInput } from "@/components/ui/decimal-input";
import { emptyLine, type OrderFormValues } from "./form-values";
import { earlierQuantity, LineStock } from "./line-stock";
import { ProductPicker } from "./product-picker";
import { useFreshLines, useLineRemoval } from "./use-line-edits";

const lineError = (
  errors: FieldErrors<OrderFormValues>,
  index: number,
  field: "product" | "quantity" | "price" | "discount",
) => errors.items?.[index]?.[field]?.message;

/**
 * The order's items: each line numbered as the ERP will number it (01..99, then 9A…), product
 * search, quantity, discount or unit price (the other follows), line total and online stock.
 */
export function OrderLines({
  priceList,
  operationNames,
  stockHolds,
  stockUnavailable,
  fieldError,
}: {
  priceList: string;
  /** In an edit: the stock the order already reserves (lib/types/order.ts stockHolds). */
  stockHolds: readonly StockHold[];
  /** Why no line shows online stock (this ERP has no stock endpoint), else undefined. */
  stockUnavailable?: string;
  /** Operation type code → description, for lines that keep their own. */
  operationNames: Record<string, string>;
  fieldError: (message: string | undefined) => string | undefined;
}) {
  const t = useTranslations("orderForm");
  const { money, number } = useFormat();
  const { control, setValue, formState } = useFormContext<OrderFormValues>();
  const fieldArray = useFieldArray({ control, name: "items", keyName: "rowKey" });
  const { fields, append, insert } = fieldArray;
  const lines = useWatch({ control, name: "items" });
  const errors = formState.errors;
  const fresh = useFreshLines(fields, formState.submitCount);
  const removal = useLineRemoval(lines, fieldArray);
  const pickProduct = (index: number, p: ProductOption) => {
    const current = lines[index];
    setValue(
      `items.${index}`,
      {
        product: p.code,
        description: p.description,
        unit: p.unit,
        listPrice: p.listPrice,
        minimumPrice: p.minimumPrice,
        quantity: current?.quantity ?? 1,
        price: p.listPrice,
      },
      // Checked at once: a message left on the line (an empty price, a missing product) goes the moment the product fills it.
      { shouldDirty: true, shouldValidate: true },
    );
    // Next stop for the keyboard: the quantity of the line just filled.
    requestAnimationFrame(() => document.getElementById(`line-${index}-quantity`)?.focus());
  };

  return (
    <div className="space-y-3">
      {fields.map((field, index) => {
        const line = lines[index] ?? emptyLine();
        const lineErrors = fresh.isFresh(field.rowKey) ? {} : errors;
        const code = itemCode(index);
        const listPrice = line.listPrice ?? 0;
        const total = lineTotal(line.quantity ?? 0, line.price ?? 0);
        const belowMinimum =
          line.price !== null &&
          Number.isFinite(line.price) &&
          (line.minimumPrice ?? 0) > 0 &&
          line.price < (line.minimumPrice ?? 0);
        return (
          <fieldset
            key={field.rowKey}
            className="rounded-xl border border-slate-200 p-3"
            data-testid="order-line"
            onBlur={() => fresh.left(field.rowKey)}
          >
            <legend className="px-1 text-sm font-semibold text-slate-900">{t("line", { item: code })}</legend>
            <div className="grid gap-3 sm:grid-cols-6">
              {line.product ? (
                <div className="sm:col-span-2">
                  <p className="text-sm text-slate-600">{t("product")}</p>
                  <p className="font-medium text-slate-900" data-testid="line-product">
                    {line.product} · {line.description}
                    {line.unit ? <span className="text-slate-600"> ({line.unit})</span> : null}
                  </p>
                  {line.operationType ? (
                    <p className="text-sm text-slate-700">
                      {t("lineOperation", {
                        operation: [line.operationType, operationNames[line.operationType]].filter(Boolean).join(" · "),
                      })}
                    </p>
                  ) : null}
                  <LineStock
                    product={line.product}
                    quantity={line.quantity}
                    unit={line.unit ?? ""}
                    earlier={earlierQuantity(lines, index, line.product)}
                    holds={stockHolds}
                    unavailable={stockUnavailable}
                  />
                  <button
                    type="button"
                    className="min-h-11 text-sm font-medium text-brand-700 underline underline-offset-2"
                    onClick={() =>
                      setValue(`items.${index}`, { ...emptyLine(), quantity: line.quantity }, { shouldDirty: true })
                    }
                  >
                    {t("changeProduct", { item: code })}
                  </button>
                  <p className="text-sm font-medium text-red-700">
                    {fieldError(lineError(lineErrors, index, "product"))}
                  </p>
                </div>
              ) : (
                <ProductPicker
                  id={`line-${index}-product`}
                  priceList={priceList}
                  error={fieldError(lineError(lineErrors, index, "product"))}
                  onPick={(p) => pickProduct(index, p)}
                />
              )}
              <div>
                <label htmlFor={`line-${index}-quantity`} className="mb-1 block text-sm font-medium text-slate-800">
                  {t("quantity")}
                </label>
                <Controller
                  control={control}
                  name={`items.${index}.quantity`}
                  render={({ field: f }) => (
                    <DecimalInput
                      id={`line-${index}-quantity`}
                      value={f.value}
                      onChange={f.onChange}
                      onBlur={f.onBlur}
                      error={fieldError(lineError(lineErrors, index, "quantity"))}
                      errorId={`line-${index}-quantity-error`}
                      aria-describedby={`line-${index}-quantity-error`}
                    />
                  )}
                />
              </div>
              <div>
                <label htmlFor={`line-${index}-discount`} className="mb-1 block text-sm font-medium text-slate-800">
                  {t("discount")}
                </label>
                {/* A discount out of range is kept as typed and refused here, with the range (never silently undone);
                    one that takes the price under the list's minimum says so here too. */}
                <DecimalInput
                  id={`line-${index}-discount`}
                  value={
                    line.discount ??
                    (line.price === null || !Number.isFinite(line.price) ? null : discountOf(listPrice, line.price))
                  }
                  disabled={!line.product || listPrice <= 0}
                  onChange={(d) => {
                    setValue(`items.${index}.discount`, d, { shouldDirty: true, shouldValidate: true });
                    if (d !== null && Number.isFinite(d) && d >= 0 && d <= MAX_DISCOUNT)
                      setValue(`items.${index}.price`, priceAfterDiscount(listPrice, d), {
                        shouldDirty: true,
                        shouldValidate: formState.isSubmitted,
                      });
                  }}
                  aria-describedby={`line-${index}-list line-${index}-discount-error`}
                  className="disabled:bg-slate-100"
                  error={
                    fieldError(lineError(lineErrors, index, "discount")) ??
                    (belowMinimum
                      ? t("discountBelowMinimum", {
                          price: money(line.minimumPrice ?? 0),
                          max: number(discountOf(listPrice, line.minimumPrice ?? 0)),
                        })
                      : undefined)
                  }
                  errorId={`line-${index}-discount-error`}
                />
                <p id={`line-${index}-list`} className="mt-1 text-sm text-slate-600">
                  {t("listPrice", { price: money(listPrice) })}
                </p>
              </div>
              <div>
                <label htmlFor={`line-${index}-price`} className="mb-1 block text-sm font-medium text-slate-800">
                  {t("unitPrice")}
                </label>
                <Controller
                  control={control}
                  name={`items.${index}.price`}
                  render={({ field: f }) => (
                    <DecimalInput
                      id={`line-${index}-price`}
                      scale={100}
                      value={f.value}
                      onChange={(v) => {
                        f.onChange(v);
                        // A price typed by hand: the discount shown follows it again.
                        if (line.discount !== undefined && line.discount !== null)
                          setValue(`items.${index}.discount`, null, { shouldValidate: true });
                      }}
                      onBlur={f.onBlur}
                      aria-invalid={belowMinimum ? true : undefined}
                      aria-describedby={`line-${index}-price-error line-${index}-minimum`}
                      error={
                        fieldError(lineError(lineErrors, index, "price")) ??
                        (belowMinimum ? t("belowMinimumLive", { price: money(line.minimumPrice ?? 0) }) : undefined)
                      }
                      errorId={`line-${index}-price-error`}
                    />
                  )}
                />
                {(line.minimumPrice ?? 0) > 0 ? (
                  <p id={`line-${index}-minimum`} className="mt-1 text-sm text-slate-600">
                    {t("minimumPrice", { price: money(line.minimumPrice ?? 0) })}
                  </p>
                ) : null}
              </div>
              <div>
                <p className="mb-1 text-sm font-medium text-slate-800">{t("lineTotal")}</p>
                <p className="min-h-11 py-2 text-right text-base font-semibold text-slate-900" data-testid="line-total">
                  {money(total)}
                </p>
              </div>
            </div>
            <div className="mt-2 flex flex-wrap justify-end gap-2">
              <Button
                type="button"
                variant="secondary"
                disabled={fields.length >= MAX_ORDER_ITEMS}
                onClick={() => insert(index + 1, { ...line })}
              >
                {t("duplicateLine", { item: code })}
              </Button>
              <Button type="button" variant="ghost" onClick={() => removal.remove(index)}>
                {t("removeLine", { item: code })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {lines.some((l) => l.product) ? (
        <p className="text-sm text-slate-600" data-testid="stock-rule">
          {t("stockRule")}
        </p>
      ) : null}
      {removal.removed ? (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-300 bg-slate-50 p-3 text-sm text-slate-900"
          data-testid="line-removed"
        >
          <span>{t("lineRemoved", { item: removal.removed.code })}</span>
          <Button type="button" variant="secondary" onClick={removal.undo}>
            {t("undoRemove")}
          </Button>
        </div>
      ) : null}
      <Button
        type="button"
        variant="secondary"
        disabled={fields.length >= MAX_ORDER_ITEMS}
        onClick={() => {
          append(emptyLine());
          fresh.added();
          requestAnimationFrame(() => document.getElementById(`line-${fields.length}-product`)?.focus());
        }}
      >
        {t("addLine")}
      </Button>
    </div>
  );
}
