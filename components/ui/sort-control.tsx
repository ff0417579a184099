"use client";

import { useId } from "react";

const control = "min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900";

/** "Sort by" field + direction, for the server-sorted lists. */
export function SortControl<S extends string>({
  sorts,
  value,
  dir,
  labels,
  onChange,
}: {
  sorts: readonly S[];
  value: S;
  dir: "asc" | "desc";
  labels: { sort: string; ascending: string; descending: string; option: (s: S) => string };
  onChange: (patch: { sort?: S; dir?: "asc" | "desc" }) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={`${id}-sort`} className="block text-sm text-slate-700">
        {labels.sort}
      </label>
      <div className="flex gap-2">
        <select
          id={`${id}-sort`}
          className={control}
          value={value}
          onChange={(e) => onChange({ sort: e.target.value as S })}
        >
          {sorts.map((s) => (
            <option key={s} value={s}>
              {labels.option(s)}
            </option>
          ))}
        </select>
        <select
          aria-label={labels.sort}
          className={control}
          value={dir}
          onChange={(e) => onChange({ dir: e.target.value as "asc" | "desc" })}
        >
          <option value="asc">{labels.ascending}</option>
          <option value="desc">{labels.descending}</option>
        </select>
      </div>
    </div>
  );
}
