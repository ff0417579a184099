"use client";

import { withQueryScope } from "@/components/query-scope";
import { lazy } from "react";
import { useFormContext } from "react-hook-form";
import { useTranslations } from "use-intl";
import { OrderForm } from "@/components/orders/form/order-form";
import type { OrderFormValues } from "@/components/orders/form/form-values";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { useFieldErrorText } from "@/components/ui/use-field-error-text";
import type { OrderForm as OrderFormData } from "@/lib/schemas/order-form";
import type { OrderFormContext, OrderFormInitial } from "@/lib/types/order-entry";
import { saveQuotationDraft, submitQuotationAction } from "@/server/actions/quotation-form";

const QuotationQueueProgress = lazy(() =>
  import("./quotation-queue-progress").then((m) => ({ default: m.QuotationQueueProgress })),
);

/** The quotation form's schema: the order form's pieces plus the validity (loaded on first use, as the order's). */
const quotationValidation = lazyZodResolver<OrderFormValues, OrderFormData>(() =>
  import("@/lib/schemas/quotation-form").then((m) => m.quotationFormSchema),
);

/** "Válido até": within the ERP's window from the business date (the server checks it again). */
function ValidityField({ window }: { window: NonNullable<OrderFormContext["validity"]> }) {
  const t = useTranslations("quotationForm");
  const fieldError = useFieldErrorText();
  const { register, formState } = useFormContext<OrderFormValues>();
  const error = formState.errors.validity;
  return (
    <div>
      <label htmlFor="quotation-validity" className="mb-1 block text-sm font-medium text-slate-800">
        {t("validity")}
      </label>
      <input
        id="quotation-validity"
        type="date"
        min={window.min}
        max={window.max}
        aria-invalid={error ? true : undefined}
        aria-describedby="quotation-validity-hint quotation-validity-error"
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base ${error ? "border-red-600" : "border-slate-300"}`}
        {...register("validity")}
      />
      <p id="quotation-validity-hint" className="mt-1 text-sm text-slate-600">
        {t("validityHint", { last: window.maxText, days: window.defaultDays })}
      </p>
      <p id="quotation-validity-error" className="mt-1 text-sm font-medium text-red-700">
        {fieldError(error?.message)}
      </p>
    </div>
  );
}

/**
 * Add or edit a quotation: the order form (drafts, checks, taxes, one send per draft) as a
 * quotation — its validity, words, schema and queue view — followed in the ERP's quotation queue.
 */
export function QuotationForm({ context, initial }: { context: OrderFormContext; initial: OrderFormInitial }) {
  const t = useTranslations("quotationForm");
  const copied = initial.origin === "copy" && initial.copiedFrom;
  const converted = initial.convertedProspect;
  return (
    <OrderForm
      document="quotation"
      context={context}
      initial={initial}
      progress={QuotationQueueProgress}
      validation={quotationValidation}
      actions={{ save: saveQuotationDraft, submit: submitQuotationAction }}
      notice={
        <>
          {copied ? (
            <p className="text-sm text-slate-700">
              {t(initial.copiedFromOrder ? "fromOrder" : "copiedFrom", { number: initial.copiedFrom ?? "" })}
            </p>
          ) : null}
          {converted ? (
            <p className="text-sm text-slate-700" data-testid="quotation-prospect-converted">
              {t("prospect.converted", {
                name: converted.name,
                prospect: `${converted.code}/${converted.store}`,
                customer: `${initial.values.customer.trim()}/${initial.values.store.trim()}`,
              })}
            </p>
          ) : null}
        </>
      }
      conditions={context.validity ? <ValidityField window={context.validity} /> : null}
      footnote={
        // A prospect is not a customer yet: no credit to preview (the form shows none), said in one line.
        <p className="text-sm text-slate-700" data-testid="quotation-credit-note">
          {initial.prospect ? t("prospect.noCredit") : t("creditNote")}
        </p>
      }
    />
  );
}

/** The island's entry (quotation-form.island.tsx): `QuotationForm` inside the query cache, with its hydration marker. */
export const QuotationFormInScope = withQueryScope(QuotationForm);
