"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { FilterCheck, FilterSelect } from "@/components/lists/filter-fields";
import { ListFilterBar, ListSort } from "@/components/lists/list-words";
import { customerSorts, customerStatuses } from "@/lib/customer-query-options";
import type { CustomerQuery } from "@/lib/schemas/customer-query";
import { riskLetters } from "@/lib/types/customer";

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
  // What the phone's folded filters name in their summary.
  const active = [
    ...query.risk.map((r) => t("riskBadge", { letter: r })),
    ...(query.status !== "all" ? [t(`statuses.${query.status}`)] : []),
    ...(query.overdue ? [t("overdueOnly")] : []),
    ...(query.exhausted ? [t("exhaustedOnly")] : []),
    ...(query.noPurchase ? [t("noPurchaseOnly")] : []),
  ];

  return (
    <ListFilterBar t={t} q={query.q} onChange={onChange} active={active}>
      <FilterSelect
        id={`${id}-risk`}
        label={t("risk")}
        anyLabel={t("anyRisk")}
        value={query.risk[0]}
        options={riskLetters.map((r) => ({ value: r, label: t("riskBadge", { letter: r }) }))}
        onChange={(r) => onChange({ risk: r ? [r] : [] })}
      />
      <FilterSelect
        id={`${id}-status`}
        label={t("status")}
        value={query.status}
        options={customerStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        onChange={(status) => (status ? onChange({ status }) : undefined)}
      />
      <FilterCheck
        label={t("overdueOnly")}
        checked={Boolean(query.overdue)}
        onChange={(on) => onChange({ overdue: on ? "1" : undefined })}
      />
      <FilterCheck
        label={t("exhaustedOnly")}
        checked={Boolean(query.exhausted)}
        onChange={(on) => onChange({ exhausted: on ? "1" : undefined })}
      />
      <FilterCheck
        label={t("noPurchaseOnly")}
        checked={Boolean(query.noPurchase)}
        onChange={(on) => onChange({ noPurchase: on ? "90" : undefined })}
      />
      <ListSort t={t} sorts={customerSorts} value={query.sort} dir={query.dir} onChange={onChange} />
    </ListFilterBar>
  );
}
