"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { FilterSelect, invertedRange } from "@/components/lists/filter-fields";
import { activeRange, ListDateRange, ListFilterBar, ListRangeError } from "@/components/lists/list-words";
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
  const { date } = useFormat();
  // A login from a shared link that has no view (yet) stays selectable.
  const options = [...new Set([...logins, ...(query.login ? [query.login] : [])])].map((l) => ({ value: l, label: l }));

  return (
    <ListFilterBar
      t={t}
      q={query.q}
      onChange={onChange}
      active={[...(query.login ? [query.login] : []), ...activeRange(t, date, query.from, query.to)]}
      invalid={invertedRange(query.from, query.to)}
      after={<ListRangeError t={t} id={id} from={query.from} to={query.to} />}
    >
      <FilterSelect
        id={`${id}-login`}
        label={t("login")}
        anyLabel={t("anyLogin")}
        value={query.login}
        options={options}
        onChange={(login) => onChange({ login })}
      />
      <ListDateRange t={t} id={id} from={query.from} to={query.to} onChange={onChange} />
    </ListFilterBar>
  );
}
