"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { FilterSelect, invertedRange } from "@/components/lists/filter-fields";
import { activeRange, ListDateRange, ListFilterBar, ListRangeError, ListSort } from "@/components/lists/list-words";
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
  const { date } = useFormat();
  const active = [
    ...query.status.map((s) => ts(s)),
    ...(query.validity ? [t(`validities.${query.validity}`, { days: EXPIRING_DAYS })] : []),
    ...activeRange(t, date, query.from, query.to),
  ];

  return (
    <ListFilterBar
      t={t}
      q={query.q}
      onChange={onChange}
      active={active}
      invalid={invertedRange(query.from, query.to)}
      after={<ListRangeError t={t} id={id} from={query.from} to={query.to} />}
    >
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
      <ListDateRange t={t} id={id} from={query.from} to={query.to} onChange={onChange} />
      <ListSort t={t} sorts={quotationSorts} value={query.sort} dir={query.dir} onChange={onChange} />
    </ListFilterBar>
  );
}
