"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, FieldFrame } from "@/components/ui/field";
import { get, useFormContext, type FieldPath } from "react-hook-form";
import { useTranslations } from "use-intl";
import { SERVER_MESSAGE, useFieldErrorText, type FieldTranslator } from "@/components/ui/use-field-error-text";
import type { EnrolmentValues } from "./values";

export { SERVER_MESSAGE };

/**
 * The field's error in words: the schema's code (`too_long:100`) through the one helper, worded by
 * `sgeEnrol.errors` (the wizard's own texts for a few codes differ from `actions.field`, and what
 * users see must not change).
 */
export function useFieldError() {
  const own = useTranslations("sgeEnrol.errors");
  const text = useFieldErrorText(own as unknown as FieldTranslator);
  const { formState } = useFormContext<EnrolmentValues>();
  return (name: string): string | undefined =>
    text((get(formState.errors, name) as { message?: string } | undefined)?.message);
}

const idOf = (name: string) => `enrol-${name.replace(/\./g, "-")}`;
const inputClass = (error?: string) =>
  `block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none disabled:bg-slate-100 ${error ? "border-red-600" : "border-slate-300"}`;

type TextProps = InputHTMLAttributes<HTMLInputElement> & {
  name: FieldPath<EnrolmentValues>;
  label: string;
  hint?: string;
  className?: string;
  asNumber?: boolean;
  /** Shapes the text as it is typed (a mask: "60115170" → "60115-170"); the value kept is the shaped text. */
  shape?: (text: string) => string;
};

/** A registered text/date input with label, hint and field-level error (aria wired). */
export function TextInput({ name, label, hint, className, asNumber, shape, ...input }: TextProps) {
  const { register } = useFormContext<EnrolmentValues>();
  const error = useFieldError()(name);
  const id = idOf(name);
  const field = register(name, asNumber ? { valueAsNumber: true } : {});
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={inputClass(error)}
        {...input}
        {...field}
        onChange={(e) => {
          if (shape) e.target.value = shape(e.target.value);
          return field.onChange(e);
        }}
      />
    </FieldFrame>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: FieldPath<EnrolmentValues>;
  label: string;
  options: readonly (readonly [string, string])[];
  placeholder?: string;
  className?: string;
  asNumber?: boolean;
};

export function SelectInput({
  name,
  label,
  options,
  placeholder,
  className,
  asNumber,
  onChange,
  ...select
}: SelectProps) {
  const { register } = useFormContext<EnrolmentValues>();
  // A caller's onChange runs after the form has the new value (it resets what depends on it).
  const registered = register(name, {
    ...(asNumber ? { setValueAs: (v: string) => (v === "" ? undefined : Number(v)) } : {}),
    onChange,
  });
  const error = useFieldError()(name);
  const id = idOf(name);
  return (
    <FieldFrame id={id} label={label} error={error} className={className}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        className={inputClass(error)}
        {...select}
        {...registered}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckInput({
  name,
  label,
  hint,
  disabled,
}: {
  name: FieldPath<EnrolmentValues>;
  label: string;
  hint?: string;
  disabled?: boolean;
}) {
  const { register } = useFormContext<EnrolmentValues>();
  const error = useFieldError()(name);
  const id = idOf(name);
  return (
    <div>
      <label htmlFor={id} className="flex min-h-11 items-center gap-3 text-base text-slate-900">
        <input
          id={id}
          type="checkbox"
          className="size-5 accent-brand-600"
          disabled={disabled}
          aria-describedby={`${id}-error${hint ? ` ${id}-hint` : ""}`}
          {...register(name)}
        />
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold text-slate-900">{legend}</legend>
      <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
