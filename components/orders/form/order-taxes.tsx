"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { FeatureLine } from "@/components/capabilities/feature-line";
import { unavailableLine } from "@/components/capabilities/unavailable-line";
import { fetchJson, HttpError } from "@/components/fetch-json";
import { TaxWorksheetView } from "@/components/taxes/tax-worksheet";
import { Button } from "@/components/ui/button";
import { useDebounced } from "@/components/ui/use-debounced";
import { itemCode } from "@/lib/order-lines";
import { loadOnce } from "@/components/ui/lazy-resolver";
import type { TaxWorksheet } from "@/lib/types/taxes";
import type { OrderFormValues } from "./form-values";

/** Quiet time after the last change before the ERP is asked again. */
const DEBOUNCE_MS = 700;

type Sent = { key: string; request: unknown; indexes: number[] };

/**
 * The order form's own schema pieces that tell a complete line and a complete request: loaded after
 * first paint with the form's resolver (the same chunk), so zod stays out of the First Load JS.
 */
const loadSchemas = loadOnce(() =>
  Promise.all([import("@/lib/schemas/order-form"), import("@/lib/schemas/taxes")]).then(([form, taxes]) => ({
    line: form.orderLineSchema,
    request: taxes.taxRequestSchemaFor,
  })),
);
type Schemas = Awaited<ReturnType<typeof loadSchemas>>;

/** The part of the form the ERP's tax engine needs, with the complete lines only (and where they sit in the form). */
function useTaxRequest(): Sent | null {
  const { control } = useFormContext<OrderFormValues>();
  const [customer, store, prospect, prospectStore, operationType, freightType, freightValue, items] = useWatch({
    control,
    name: ["customer", "store", "prospect", "prospectStore", "operationType", "freightType", "freightValue", "items"],
  });
  const [schemas, setSchemas] = useState<Schemas | null>(null);
  // Loaded once the form holds a product (before that there is nothing to ask: a blank form's page
  // does not evaluate zod while it hydrates); asked again on the next change when a load failed
  // (offline for a moment): loadOnce forgets failures.
  const hasProduct = (items ?? []).some((line) => Boolean(line?.product));
  useEffect(() => {
    if (schemas || !hasProduct) return;
    let live = true;
    loadSchemas().then(
      (loaded) => live && setSchemas(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [schemas, hasProduct, customer, items]);
  const key = useMemo(() => {
    if (!schemas) return null;
    const complete = (items ?? []).flatMap((line, index) => {
      const parsed = schemas.line.safeParse(line);
      return parsed.success ? [{ index, line: parsed.data }] : [];
    });
    // The buyer: the customer, or a prospect's quotation's prospect.
    const buyer = prospect ? { prospect, prospectStore } : { customer, store };
    const input = {
      ...buyer,
      operationType,
      freightType,
      freightValue: freightValue ?? 0,
      items: complete.map((c) => c.line),
    };
    const request = schemas.request(input).safeParse(input);
    return request.success ? JSON.stringify({ request: request.data, indexes: complete.map((c) => c.index) }) : null;
  }, [schemas, customer, store, prospect, prospectStore, operationType, freightType, freightValue, items]);
  return useMemo(() => (key ? { key, ...(JSON.parse(key) as Omit<Sent, "key">) } : null), [key]);
}

/**
 * The ERP's taxes of what the form holds, asked through the BFF once the form has settled: marked
 * "recalculando" the moment anything changes, with the time of the last calculation; when the ERP is
 * down it says the ERP calculates them when it processes the order, and nothing stops the send.
 * `enabled` false: this ERP has no SalesTaxes, nothing is asked.
 */
export function useFormTaxes(enabled = true) {
  const sent = useTaxRequest();
  const settled = useDebounced(sent, DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ["taxes", settled?.key ?? null],
    queryFn: async () => ({
      indexes: settled!.indexes,
      worksheet: await fetchJson<TaxWorksheet>("/api/taxes", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(settled!.request),
      }),
    }),
    enabled: enabled && settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const stale = sent?.key !== settled?.key || query.isPlaceholderData || query.isFetching;
  const current = sent && !stale && query.data ? query.data.worksheet : null;
  return { sent, query, stale, current };
}

export function OrderTaxes({
  taxes,
  unavailable,
}: {
  taxes: ReturnType<typeof useFormTaxes>;
  /** Why the ERP's taxes are not asked (this ERP has no SalesTaxes). */
  unavailable?: string;
}) {
  const t = useTranslations("taxes");
  const { sent, query, stale } = taxes;
  const labels = new Map((query.data?.indexes ?? []).map((formIndex, i) => [itemCode(i), itemCode(formIndex)]));
  const error = query.error;
  const reason = unavailable ?? unavailableLine(error);
  return (
    <section aria-labelledby="form-taxes" className="rounded-2xl border border-slate-200 bg-white p-4">
      <h2 id="form-taxes" className="mb-2 text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <div aria-live="polite" className="space-y-2">
        {reason ? (
          <FeatureLine text={reason} />
        ) : !sent ? (
          <p className="text-sm text-slate-700" data-testid="tax-state">
            {t("incomplete")}
          </p>
        ) : error && !query.isFetching && !stale ? (
          <div
            className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            data-testid="tax-state"
          >
            <p>
              {error instanceof HttpError && error.status === 422
                ? t("refused", { message: messageOf(error.body) })
                : t("unavailable")}
            </p>
            <Button type="button" variant="secondary" className="mt-2" onClick={() => void query.refetch()}>
              {t("retry")}
            </Button>
          </div>
        ) : stale || query.isPending ? (
          <p className="text-sm text-slate-700" data-testid="tax-state">
            {query.data ? t("stale") : t("calculating")}
          </p>
        ) : null}
        {!reason && sent && query.data ? (
          <TaxWorksheetView
            worksheet={query.data.worksheet}
            stale={stale}
            itemLabel={(item) => labels.get(item) ?? item}
          />
        ) : null}
      </div>
    </section>
  );
}

const messageOf = (body: unknown) =>
  body && typeof body === "object" && "message" in body && typeof body.message === "string" ? body.message : "";
