import type { InputHTMLAttributes, ReactNode } from "react";

/** `aria-describedby` of a field: its hint (when there is one) and its error line. */
export function describedBy(id: string, hint?: string): string {
  return [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
}

/**
 * The frame every form control sits in: label, the control, hint, and the field-level error line
 * (`{id}-hint`, `{id}-error`, announced politely). The control wires itself with `describedBy`.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 min-h-0 text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  trailing?: ReactNode;
};

/** Labelled input with hint and a field-level error wired through aria-describedby / aria-invalid. */
export function Field({ id, label, hint, error, trailing, className, ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <div className="relative">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint)}
          className={`block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none ${
            error ? "border-red-600" : "border-slate-300"
          } ${trailing ? "pr-12" : ""}`}
          {...input}
        />
        {trailing ? <div className="absolute inset-y-0 right-0 flex items-center">{trailing}</div> : null}
      </div>
    </FieldFrame>
  );
}
