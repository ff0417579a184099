"use client";

import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { DecimalInput } from "@/components/ui/decimal-input";
import { freightTypes, ORDER_TEXT_LIMITS } from "@/lib/order-form-options";
import type { OrderForm as OrderFormData } from "@/lib/schemas/order-form";
import type { OrderFormContext } from "@/lib/types/order-entry";
import type { OrderFormValues } from "./form-values";
import type { SalesDocument } from "./sales-document";

function Select({
  id,
  label,
  error,
  children,
  ...select
}: React.SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base text-slate-900 ${error ? "border-red-600" : "border-slate-300"}`}
        {...select}
      >
        {children}
      </select>
      <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}

/**
 * The order's conditions: payment condition, price list (a change re-prices the lines: `onPriceList`),
 * operation type, carrier, freight type and value, the customer's order number and the invoice message.
 * A quotation has its validity (`extra`) instead of the carrier, the customer's order number and the message.
 */
export function OrderConditions({
  context,
  document = "order",
  extra,
  fieldError,
  onPriceList,
}: {
  context: OrderFormContext;
  document?: SalesDocument;
  /** Another document's own conditions (a quotation's validity), after the order's shared ones. */
  extra?: ReactNode;
  fieldError: (message: string | undefined) => string | undefined;
  onPriceList: (list: string) => void;
}) {
  const t = useTranslations("orderForm");
  const quotation = document === "quotation";
  const { control, register, setValue, formState } = useFormContext<OrderFormValues, unknown, OrderFormData>();
  const freightValue = useWatch({ control, name: "freightValue" });
  const errors = formState.errors;
  return (
    <section aria-labelledby="form-conditions" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="form-conditions" className="mb-2 text-lg font-semibold text-slate-900">
        {t("conditions")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Select
          id="order-payment"
          label={t("paymentCondition")}
          error={fieldError(errors.paymentCondition?.message)}
          {...register("paymentCondition")}
        >
          <option value="">{t("choose")}</option>
          {context.paymentConditions.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.description}
            </option>
          ))}
        </Select>
        <Select
          id="order-pricelist"
          label={t("priceList")}
          error={fieldError(errors.priceList?.message)}
          {...register("priceList", {
            onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onPriceList(e.target.value),
          })}
        >
          <option value="">{t("noPriceList")}</option>
          {context.priceLists.map((l) => (
            <option key={l.code} value={l.code}>
              {l.code} · {l.description}
            </option>
          ))}
        </Select>
        <Select
          id="order-operation"
          label={t("operationType")}
          error={fieldError(errors.operationType?.message)}
          {...register("operationType")}
        >
          <option value="">{t("choose")}</option>
          {context.operationTypes.map((o) => (
            <option key={o.code} value={o.code}>
              {o.code} · {o.description}
            </option>
          ))}
        </Select>
        {quotation ? null : (
          <Select
            id="order-carrier"
            label={t("carrier")}
            error={fieldError(errors.carrier?.message)}
            {...register("carrier")}
          >
            <option value="">{t("noCarrier")}</option>
            {context.carriers.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} · {c.name}
              </option>
            ))}
          </Select>
        )}
        <Select
          id="order-freight-type"
          label={t("freightType")}
          error={fieldError(errors.freightType?.message)}
          {...register("freightType")}
        >
          {freightTypes.map((f) => (
            <option key={f} value={f}>
              {t(`freightTypes.${f}`)}
            </option>
          ))}
        </Select>
        <div>
          <label htmlFor="order-freight-value" className="mb-1 block text-sm font-medium text-slate-800">
            {t("freightValue")}
          </label>
          <DecimalInput
            id="order-freight-value"
            scale={100}
            value={freightValue}
            onChange={(v) => setValue("freightValue", v, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
            aria-describedby="order-freight-value-error"
            error={fieldError(errors.freightValue?.message)}
            errorId="order-freight-value-error"
          />
        </div>
        {extra}
        {quotation ? null : (
          <>
            <div>
              <label htmlFor="order-customer-number" className="mb-1 block text-sm font-medium text-slate-800">
                {t("customerOrderNumber")}
              </label>
              <input
                id="order-customer-number"
                maxLength={ORDER_TEXT_LIMITS.customerOrderNumber}
                autoComplete="off"
                aria-invalid={errors.customerOrderNumber ? true : undefined}
                aria-describedby="order-customer-number-error"
                className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base"
                {...register("customerOrderNumber")}
              />
              <p id="order-customer-number-error" className="mt-1 text-sm font-medium text-red-700">
                {fieldError(errors.customerOrderNumber?.message)}
              </p>
            </div>
            <div className="sm:col-span-2">
              <label htmlFor="order-message" className="mb-1 block text-sm font-medium text-slate-800">
                {t("message")}
              </label>
              <textarea
                id="order-message"
                rows={2}
                maxLength={ORDER_TEXT_LIMITS.message}
                aria-invalid={errors.message ? true : undefined}
                aria-describedby="order-message-error"
                className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
                {...register("message")}
              />
              <p id="order-message-error" className="mt-1 text-sm font-medium text-red-700">
                {fieldError(errors.message?.message)}
              </p>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
