"use client";

import { useState, type InputHTMLAttributes } from "react";
import { useLocale } from "use-intl";
import { parseDecimal } from "@/lib/order-lines";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  /** 100 for money held in centavos; 1 for quantities and percentages. */
  scale?: 1 | 100;
  decimals?: number;
};

/**
 * A number typed the way the rep writes it ("1.234,56" in pt-BR): shown formatted, edited as
 * text, reported as a number (NaN while it is not one, null when blank) so the schema says why.
 */
export function DecimalInput({
  value,
  onChange,
  scale = 1,
  decimals = 2,
  onFocus,
  onBlur,
  className = "",
  ...input
}: Props) {
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const shown =
    value === null || value === undefined || !Number.isFinite(value)
      ? ""
      : (value / scale).toLocaleString(locale, {
          minimumFractionDigits: scale === 100 ? 2 : 0,
          maximumFractionDigits: decimals,
          useGrouping: false,
        });
  return (
    <input
      {...input}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={editing ?? shown}
      onFocus={(e) => {
        setEditing(shown);
        onFocus?.(e);
      }}
      onChange={(e) => {
        setEditing(e.target.value);
        const n = parseDecimal(e.target.value);
        onChange(n === null || Number.isNaN(n) ? n : scale === 100 ? Math.round(n * 100) : n);
      }}
      onBlur={(e) => {
        setEditing(null);
        onBlur?.(e);
      }}
      className={`block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-right text-base text-slate-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none ${className}`}
    />
  );
}
