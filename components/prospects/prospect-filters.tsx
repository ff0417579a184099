"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { FilterSelect } from "@/components/lists/filter-fields";
import { ListFilterBar, ListSort } from "@/components/lists/list-words";
import { prospectFilterStatuses, prospectSorts } from "@/lib/prospect-query-options";
import type { ProspectQuery } from "@/lib/schemas/prospect-query";

/** Search as you type (debounced, ≥ 3 characters), status (still a prospect / converted), UF and sort. */
export function ProspectFilters({
  query,
  ufs,
  onChange,
}: {
  query: ProspectQuery;
  /** The UFs the viewer's prospects are in. */
  ufs: readonly string[];
  onChange: (patch: Partial<ProspectQuery>) => void;
}) {
  const t = useTranslations("prospects");
  const id = useId();
  // A UF from a shared link that none of this viewer's prospects is in stays selectable (and clearable).
  const ufOptions = query.uf && !ufs.includes(query.uf) ? [...ufs, query.uf] : ufs;

  return (
    <ListFilterBar
      t={t}
      q={query.q}
      onChange={onChange}
      active={[...(query.status ? [t(`stages.${query.status}`)] : []), ...(query.uf ? [query.uf] : [])]}
    >
      <FilterSelect
        id={`${id}-status`}
        label={t("status")}
        anyLabel={t("anyStatus")}
        value={query.status}
        options={prospectFilterStatuses.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
        onChange={(status) => onChange({ status })}
      />
      <FilterSelect
        id={`${id}-uf`}
        label={t("uf")}
        anyLabel={t("anyUf")}
        value={query.uf}
        options={ufOptions.map((uf) => ({ value: uf, label: uf }))}
        onChange={(uf) => onChange({ uf })}
      />
      <ListSort t={t} sorts={prospectSorts} value={query.sort} dir={query.dir} onChange={onChange} />
    </ListFilterBar>
  );
}
