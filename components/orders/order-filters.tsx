"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { FilterSelect, invertedRange } from "@/components/lists/filter-fields";
import { activeRange, ListDateRange, ListFilterBar, ListRangeError, ListSort } from "@/components/lists/list-words";
import { orderFilterStatuses, orderSorts } from "@/lib/order-query-options";
import type { OrderQuery } from "@/lib/schemas/order-query";

/** Search as you type (debounced, ≥ 3 characters), status, issue-date range and sort. */
export function OrderFilters({
  query,
  onChange,
}: {
  query: OrderQuery;
  onChange: (patch: Partial<OrderQuery>) => void;
}) {
  const t = useTranslations("orders");
  const ts = useTranslations("orderStatus");
  const id = useId();
  const { date } = useFormat();

  return (
    <ListFilterBar
      t={t}
      q={query.q}
      onChange={onChange}
      active={[...query.status.map((s) => ts(s)), ...activeRange(t, date, query.from, query.to)]}
      invalid={invertedRange(query.from, query.to)}
      after={<ListRangeError t={t} id={id} from={query.from} to={query.to} />}
    >
      <FilterSelect
        id={`${id}-status`}
        label={t("status")}
        anyLabel={t("anyStatus")}
        value={query.status[0]}
        options={orderFilterStatuses.map((s) => ({ value: s, label: ts(s) }))}
        onChange={(s) => onChange({ status: s ? [s] : [] })}
      />
      <ListDateRange t={t} id={id} from={query.from} to={query.to} onChange={onChange} />
      <ListSort t={t} sorts={orderSorts} value={query.sort} dir={query.dir} onChange={onChange} />
    </ListFilterBar>
  );
}
