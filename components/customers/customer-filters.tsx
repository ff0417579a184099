"use client";

import { useEffect, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { customerSorts, customerStatuses, MIN_SEARCH } from "@/lib/customer-query-options";
import type { CustomerQuery } from "@/lib/schemas/customer-query";
import { riskLetters } from "@/lib/types/customer";

const select = "min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900";

/** Search as you type (debounced, ≥ 3 characters), risk/status/overdue/exhausted filters and sort. */
export function CustomerFilters({ query, onChange }: { query: CustomerQuery; onChange: (patch: Partial<CustomerQuery>) => void }) {
  const t = useTranslations("customers");
  const id = useId();
  const [text, setText] = useState(query.q);
  const tooShort = text.trim().length > 0 && text.trim().length < MIN_SEARCH;

  useEffect(() => {
    const q = text.trim();
    if (q === query.q || (q.length > 0 && q.length < MIN_SEARCH)) return;
    const timer = setTimeout(() => onChange({ q }), 250);
    return () => clearTimeout(timer);
  }, [text, query.q, onChange]);

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={`${id}-q`} className="mb-1 block text-sm font-medium text-slate-800">
          {t("search")}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-q-hint`}
          autoComplete="off"
          className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base"
        />
        <p id={`${id}-q-hint`} aria-live="polite" className="mt-1 text-sm text-slate-600">
          {tooShort ? t("searchTooShort") : t("searchHint")}
        </p>
      </div>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t("filters")}</legend>
        <div>
          <label htmlFor={`${id}-risk`} className="block text-sm text-slate-700">
            {t("risk")}
          </label>
          <select id={`${id}-risk`} className={select} value={query.risk[0] ?? ""} onChange={(e) => onChange({ risk: e.target.value ? [e.target.value as (typeof riskLetters)[number]] : [] })}>
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
          <select id={`${id}-status`} className={select} value={query.status} onChange={(e) => onChange({ status: e.target.value as CustomerQuery["status"] })}>
            {customerStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-5" checked={Boolean(query.overdue)} onChange={(e) => onChange({ overdue: e.target.checked ? "1" : undefined })} />
          {t("overdueOnly")}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-5" checked={Boolean(query.exhausted)} onChange={(e) => onChange({ exhausted: e.target.checked ? "1" : undefined })} />
          {t("exhaustedOnly")}
        </label>
        <div>
          <label htmlFor={`${id}-sort`} className="block text-sm text-slate-700">
            {t("sort")}
          </label>
          <div className="flex gap-2">
            <select id={`${id}-sort`} className={select} value={query.sort} onChange={(e) => onChange({ sort: e.target.value as CustomerQuery["sort"] })}>
              {customerSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
            </select>
            <select aria-label={t("sort")} className={select} value={query.dir} onChange={(e) => onChange({ dir: e.target.value as CustomerQuery["dir"] })}>
              <option value="asc">{t("ascending")}</option>
              <option value="desc">{t("descending")}</option>
            </select>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
