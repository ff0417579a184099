"use client";

import { useCallback, useId } from "react";
import { useTranslations } from "use-intl";
import { filterControl } from "@/components/lists/filter-fields";
import { SearchField } from "@/components/ui/search-field";
import { SortControl } from "@/components/ui/sort-control";
import { customerSorts, customerStatuses } from "@/lib/customer-query-options";
import type { CustomerQuery } from "@/lib/schemas/customer-query";
import { riskLetters } from "@/lib/types/customer";

const select = filterControl;

/** Search as you type (debounced, ≥ 3 characters), risk/status/overdue/exhausted filters and sort. */
export function CustomerFilters({
  query,
  onChange,
}: {
  query: CustomerQuery;
  onChange: (patch: Partial<CustomerQuery>) => void;
}) {
  const t = useTranslations("customers");
  const id = useId();
  const search = useCallback((q: string) => onChange({ q }), [onChange]);

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
          <label htmlFor={`${id}-risk`} className="block text-sm text-slate-700">
            {t("risk")}
          </label>
          <select
            id={`${id}-risk`}
            className={select}
            value={query.risk[0] ?? ""}
            onChange={(e) => onChange({ risk: e.target.value ? [e.target.value as (typeof riskLetters)[number]] : [] })}
          >
            <option value="">{t("anyRisk")}</option>
            {riskLetters.map((r) => (
              <option key={r} value={r}>
                {t("riskBadge", { letter: r })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-status`} className="block text-sm text-slate-700">
            {t("status")}
          </label>
          <select
            id={`${id}-status`}
            className={select}
            value={query.status}
            onChange={(e) => onChange({ status: e.target.value as CustomerQuery["status"] })}
          >
            {customerStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="size-5"
            checked={Boolean(query.overdue)}
            onChange={(e) => onChange({ overdue: e.target.checked ? "1" : undefined })}
          />
          {t("overdueOnly")}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="size-5"
            checked={Boolean(query.exhausted)}
            onChange={(e) => onChange({ exhausted: e.target.checked ? "1" : undefined })}
          />
          {t("exhaustedOnly")}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="size-5"
            checked={Boolean(query.noPurchase)}
            onChange={(e) => onChange({ noPurchase: e.target.checked ? "90" : undefined })}
          />
          {t("noPurchaseOnly")}
        </label>
        <SortControl
          sorts={customerSorts}
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
    </div>
  );
}
