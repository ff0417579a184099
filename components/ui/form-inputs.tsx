"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { get, useFormContext, type FieldPath, type FieldValues } from "react-hook-form";
import { describedBy, FieldFrame } from "@/components/ui/field";
import { useFieldErrorText, type FieldTranslator } from "@/components/ui/use-field-error-text";

/**
 * The react-hook-form inputs of the portal's forms (the enrolment wizard, the customer and prospect
 * registration): label, hint and the field-level error (aria wired), registered in the form of the
 * nearest `FormProvider`. `idPrefix` makes the ids (`enrol-student-name`); `own` words the schema's
 * codes with a form's own vocabulary instead of `actions.field`.
 */

type Wiring = { idPrefix: string; own?: FieldTranslator };

const idOf = (prefix: string, name: string) => `${prefix}-${name.replace(/\./g, "-")}`;
export const inputClass = (error?: string) =>
  `block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none disabled:bg-slate-100 ${error ? "border-red-600" : "border-slate-300"}`;

/** The field's error in words: the schema's code (`too_long:100`) through the one helper, or an action's words. */
export function useFormFieldError(own?: FieldTranslator) {
  const text = useFieldErrorText(own);
  const { formState } = useFormContext();
  return (name: string): string | undefined =>
    text((get(formState.errors, name) as { message?: string } | undefined)?.message);
}

type TextProps<T extends FieldValues> = InputHTMLAttributes<HTMLInputElement> &
  Wiring & {
    name: FieldPath<T>;
    label: string;
    hint?: string;
    className?: string;
    asNumber?: boolean;
    /** Shapes the text as it is typed (a mask: "60115170" → "60115-170"); the value kept is the shaped text. */
    shape?: (text: string) => string;
    /** Something beside the input (a button, a spinner), inside the frame. */
    trailing?: ReactNode;
  };

/** A registered text/date input with label, hint and field-level error (aria wired). */
export function FormTextInput<T extends FieldValues>({
  name,
  label,
  hint,
  className,
  asNumber,
  shape,
  trailing,
  idPrefix,
  own,
  ...input
}: TextProps<T>) {
  const { register } = useFormContext<T>();
  const error = useFormFieldError(own)(name);
  const id = idOf(idPrefix, name);
  const field = register(name, asNumber ? { valueAsNumber: true } : {});
  const control = (
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
  );
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {trailing ? (
        <div className="flex items-center gap-2">
          {control}
          {trailing}
        </div>
      ) : (
        control
      )}
    </FieldFrame>
  );
}

type SelectProps<T extends FieldValues> = SelectHTMLAttributes<HTMLSelectElement> &
  Wiring & {
    name: FieldPath<T>;
    label: string;
    options: readonly (readonly [string, string])[];
    placeholder?: string;
    hint?: string;
    className?: string;
    asNumber?: boolean;
  };

export function FormSelectInput<T extends FieldValues>({
  name,
  label,
  options,
  placeholder,
  hint,
  className,
  asNumber,
  onChange,
  idPrefix,
  own,
  ...select
}: SelectProps<T>) {
  const { register } = useFormContext<T>();
  // A caller's onChange runs after the form has the new value (it resets what depends on it).
  const registered = register(name, {
    ...(asNumber ? { setValueAs: (v: string) => (v === "" ? undefined : Number(v)) } : {}),
    onChange,
  });
  const error = useFormFieldError(own)(name);
  const id = idOf(idPrefix, name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint)}
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

export function FormCheckInput<T extends FieldValues>({
  name,
  label,
  hint,
  disabled,
  idPrefix,
  own,
}: Wiring & { name: FieldPath<T>; label: string; hint?: string; disabled?: boolean }) {
  const { register } = useFormContext<T>();
  const error = useFormFieldError(own)(name);
  const id = idOf(idPrefix, name);
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
