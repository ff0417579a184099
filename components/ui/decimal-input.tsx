"use client";

import { useState, type ChangeEvent, type FocusEvent, type InputHTMLAttributes } from "react";
import { useLocale, useTranslations } from "use-intl";
import { toScaled } from "@/lib/decimal";
import { formatInputDecimal, parseLocaleDecimal } from "@/lib/locale-number";

type Options = {
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  /** 100 for money held in centavos; 1 for quantities and percentages. */
  scale?: 1 | 100;
  decimals?: number;
  /** The form's own message for the field (schema, server), shown when the text itself is fine. */
  error?: string;
};

/** Text the rep typed: kept while focused, and after blur while it is refused and the value has not moved since. */
type Kept = { text: string; focused: boolean; base: number | null | undefined };

const sameValue = (a: number | null | undefined, b: number | null | undefined) => Object.is(a ?? null, b ?? null);

export const decimalInputClass =
  "block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-right text-base text-slate-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none";

/**
 * A number typed the way the rep's locale writes it ("1.500,25" in pt-BR, "1,500.25" in en; see
 * `parseLocaleDecimal`): shown formatted, edited as text, reported as a number (null when blank,
 * NaN while refused, so the schema blocks the submit). A refused text stays in the field with its
 * reason (`message`) instead of being cleared or guessed, so nothing the rep typed is lost.
 */
export function useDecimalInput({ value, onChange, scale = 1, decimals = 2, error }: Options) {
  const locale = useLocale();
  const t = useTranslations("number");
  const [kept, setKept] = useState<Kept | null>(null);
  const shown =
    value === null || value === undefined || !Number.isFinite(value)
      ? ""
      : formatInputDecimal(value / scale, locale, scale === 100 ? 2 : 0, decimals);
  // A value set from elsewhere (reprice, draft restored) replaces a refused text left behind.
  const live = kept && (kept.focused || sameValue(kept.base, value)) ? kept : null;
  const parsed = live ? parseLocaleDecimal(live.text, locale) : null;
  // While typing, "1." on the way to "1.500" is not worth a message; after blur (or once the form shows one) it is.
  const refusal = parsed && !parsed.ok && (!live?.focused || error) ? t(parsed.code) : undefined;
  return {
    message: refusal ?? error,
    input: {
      type: "text",
      inputMode: "decimal",
      autoComplete: "off",
      value: live?.text ?? shown,
      onFocus: () => setKept({ text: live?.text ?? shown, focused: true, base: value }),
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        const text = e.target.value;
        setKept({ text, focused: true, base: value });
        const p = parseLocaleDecimal(text, locale);
        onChange(!p.ok ? Number.NaN : p.decimal === null ? null : scale === 100 ? toScaled(p.decimal, 2) : p.value);
      },
      onBlur: () =>
        setKept((k) => (k && !parseLocaleDecimal(k.text, locale).ok ? { ...k, focused: false, base: value } : null)),
    } as const,
  };
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> &
  Options & {
    /** When set, the field's message line (`error` or the refusal) is rendered here with this id. */
    errorId?: string;
  };

/** The input (its border follows `aria-invalid` or a message; `className` adds the rest), and its message line when `errorId` is given. */
export function DecimalInput({
  value,
  onChange,
  scale,
  decimals,
  error,
  errorId,
  onFocus,
  onBlur,
  className = "",
  ...input
}: Props) {
  const field = useDecimalInput({ value, onChange, scale, decimals, error });
  const invalid = Boolean(input["aria-invalid"]) || field.message !== undefined;
  return (
    <>
      <input
        {...input}
        {...field.input}
        aria-invalid={invalid ? true : undefined}
        onFocus={(e: FocusEvent<HTMLInputElement>) => {
          field.input.onFocus();
          onFocus?.(e);
        }}
        onBlur={(e: FocusEvent<HTMLInputElement>) => {
          field.input.onBlur();
          onBlur?.(e);
        }}
        className={`${decimalInputClass} ${invalid ? "border-red-600" : "border-slate-300"} ${className}`}
      />
      {errorId ? (
        <p id={errorId} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
          {field.message}
        </p>
      ) : null}
    </>
  );
}
