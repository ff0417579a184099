"use client";

/** The lists' filter controls (44 px targets), one look for every list. */
export const filterControl = "min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900";

/** A labelled single-choice filter: "any" (empty, when there is an `anyLabel`) or one of `options`. */
export function FilterSelect<V extends string>({
  id,
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  anyLabel?: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm text-slate-700">
        {label}
      </label>
      <select
        id={id}
        className={filterControl}
        value={value ?? ""}
        onChange={(e) => onChange((e.target.value || undefined) as V | undefined)}
      >
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A yes/no filter: a 44 px checkbox and its label. */
export function FilterCheck({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
      <input type="checkbox" className="size-5" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** An inverted range (the API refuses it; the list says so under the fields). */
export const invertedRange = (from: string | undefined, to: string | undefined) => Boolean(from && to && from > to);

/**
 * "From" and "to" day fields of an issue-date filter; an inverted range marks "to" invalid and
 * points at the message the list shows with `rangeErrorId`.
 */
export function DateRangeFields({
  id,
  labels,
  from,
  to,
  rangeErrorId,
  onChange,
}: {
  id: string;
  labels: { from: string; to: string };
  from: string | undefined;
  to: string | undefined;
  rangeErrorId: string;
  onChange: (patch: { from?: string; to?: string }) => void;
}) {
  const bad = invertedRange(from, to);
  return (
    <>
      <div>
        <label htmlFor={`${id}-from`} className="block text-sm text-slate-700">
          {labels.from}
        </label>
        <input
          id={`${id}-from`}
          type="date"
          className={filterControl}
          value={from ?? ""}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
        />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="block text-sm text-slate-700">
          {labels.to}
        </label>
        <input
          id={`${id}-to`}
          type="date"
          className={filterControl}
          value={to ?? ""}
          aria-invalid={bad}
          aria-describedby={bad ? rangeErrorId : undefined}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
        />
      </div>
    </>
  );
}
