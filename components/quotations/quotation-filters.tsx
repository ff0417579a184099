"use client";

import { useCallback, useId } from "react";
import { useTranslations } from "use-intl";
import { SearchField } from "@/components/ui/search-field";
import { SortControl } from "@/components/ui/sort-control";
import {
  EXPIRING_DAYS,
  quotationFilterStatuses,
  quotationSorts,
  quotationValidities,
  type QuotationValidity,
} from "@/lib/quotation-query-options";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";

const control = "min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900";

/** Search as you type (debounced, ≥ 3 characters), status, validity, issue-date range and sort. */
export function QuotationFilters({
  query,
  onChange,
}: {
  query: QuotationQuery;
  onChange: (patch: Partial<QuotationQuery>) => void;
}) {
  const t = useTranslations("quotations");
  const ts = useTranslations("quotationStatus");
  const id = useId();
  const search = useCallback((q: string) => onChange({ q }), [onChange]);
  const badRange = Boolean(query.from && query.to && query.from > query.to);

  return (
    <div className="space-y-3">
      <SearchField
        label={t("search")}
        hint={t("searchHint")}
        tooShortHint={t("searchTooShort")}
        value={query.q}
        onSearch={search}
      />
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t("filters")}</legend>
        <div>
          <label htmlFor={`${id}-status`} className="block text-sm text-slate-700">
            {t("status")}
          </label>
          <select
            id={`${id}-status`}
            className={control}
            value={query.status[0] ?? ""}
            onChange={(e) =>
              onChange({
                status: e.target.value ? [e.target.value as (typeof quotationFilterStatuses)[number]] : [],
              })
            }
          >
            <option value="">{t("anyStatus")}</option>
            {quotationFilterStatuses.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-validity`} className="block text-sm text-slate-700">
            {t("validity")}
          </label>
          <select
            id={`${id}-validity`}
            className={control}
            value={query.validity ?? ""}
            onChange={(e) => onChange({ validity: (e.target.value || undefined) as QuotationValidity | undefined })}
          >
            <option value="">{t("anyValidity")}</option>
            {quotationValidities.map((v) => (
              <option key={v} value={v}>
                {t(`validities.${v}`, { days: EXPIRING_DAYS })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-from`} className="block text-sm text-slate-700">
            {t("from")}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            className={control}
            value={query.from ?? ""}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="block text-sm text-slate-700">
            {t("to")}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            className={control}
            value={query.to ?? ""}
            aria-invalid={badRange}
            aria-describedby={badRange ? `${id}-range` : undefined}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
          />
        </div>
        <SortControl
          sorts={quotationSorts}
          value={query.sort}
          dir={query.dir}
          labels={{
            sort: t("sort"),
            ascending: t("ascending"),
            descending: t("descending"),
            option: (s) => t(`sorts.${s}`),
          }}
          onChange={onChange}
        />
      </fieldset>
      {badRange ? (
        <p id={`${id}-range`} className="text-sm font-medium text-red-700">
          {t("invalidRange")}
        </p>
      ) : null}
    </div>
  );
}
