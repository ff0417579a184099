"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { DateRangeFields, FilterSelect, invertedRange } from "@/components/lists/filter-fields";
import { ListSearch } from "@/components/lists/list-words";
import { SortControl } from "@/components/ui/sort-control";
import {
  EXPIRING_DAYS,
  quotationFilterStatuses,
  quotationSorts,
  quotationValidities,
} from "@/lib/quotation-query-options";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";

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
  const badRange = invertedRange(query.from, query.to);

  return (
    <div className="space-y-3">
      <ListSearch t={t} value={query.q} onChange={onChange} />
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t("filters")}</legend>
        <FilterSelect
          id={`${id}-status`}
          label={t("status")}
          anyLabel={t("anyStatus")}
          value={query.status[0]}
          options={quotationFilterStatuses.map((s) => ({ value: s, label: ts(s) }))}
          onChange={(s) => onChange({ status: s ? [s] : [] })}
        />
        <FilterSelect
          id={`${id}-validity`}
          label={t("validity")}
          anyLabel={t("anyValidity")}
          value={query.validity}
          options={quotationValidities.map((v) => ({ value: v, label: t(`validities.${v}`, { days: EXPIRING_DAYS }) }))}
          onChange={(validity) => onChange({ validity })}
        />
        <DateRangeFields
          id={id}
          labels={{ from: t("from"), to: t("to") }}
          from={query.from}
          to={query.to}
          rangeErrorId={`${id}-range`}
          onChange={onChange}
        />
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
