import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, FieldFrame } from "@/components/ui/field";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
};

/** Labelled select with hint and field-level error, wired like `Field`. */
export function SelectField({ id, label, hint, error, className, children, ...select }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none ${error ? "border-red-600" : "border-slate-300"}`}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
