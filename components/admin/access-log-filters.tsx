"use client";

import { useCallback, useId } from "react";
import { useTranslations } from "use-intl";
import { DateRangeFields, FilterSelect, invertedRange } from "@/components/lists/filter-fields";
import { SearchField } from "@/components/ui/search-field";
import type { AccessLogQuery } from "@/lib/schemas/access-log-query";

/** Search by record or name (debounced, ≥ 3 characters), the login who saw it, and a range of days. */
export function AccessLogFilters({
  query,
  logins,
  onChange,
}: {
  query: AccessLogQuery;
  logins: string[];
  onChange: (patch: Partial<AccessLogQuery>) => void;
}) {
  const t = useTranslations("accessLog");
  const id = useId();
  const search = useCallback((q: string) => onChange({ q }), [onChange]);
  // A login from a shared link that has no view (yet) stays selectable.
  const options = [...new Set([...logins, ...(query.login ? [query.login] : [])])].map((l) => ({ value: l, label: l }));

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
        <FilterSelect
          id={`${id}-login`}
          label={t("login")}
          anyLabel={t("anyLogin")}
          value={query.login}
          options={options}
          onChange={(login) => onChange({ login })}
        />
        <DateRangeFields
          id={id}
          labels={{ from: t("from"), to: t("to") }}
          from={query.from}
          to={query.to}
          rangeErrorId={`${id}-range`}
          onChange={onChange}
        />
      </fieldset>
      {invertedRange(query.from, query.to) ? (
        <p id={`${id}-range`} className="text-sm font-medium text-red-700">
          {t("invalidRange")}
        </p>
      ) : null}
    </div>
  );
}
