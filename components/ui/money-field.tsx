"use client";

import { decimalInputClass, useDecimalInput } from "@/components/ui/decimal-input";
import { describedBy, FieldFrame } from "@/components/ui/field";

type Props = {
  id: string;
  label: string;
  value: number | null;
  onChange: (cents: number | null) => void;
  error?: string;
  hint?: string;
  readOnly?: boolean;
  className?: string;
};

/** An amount typed as the user writes it ("1.234,56"), held in centavos; labelled and wired like `Field` (a refused text shows why in the field's error line). */
export function MoneyField({ id, label, value, onChange, error, hint, readOnly, className }: Props) {
  const field = useDecimalInput({ value, onChange, scale: 100, error });
  return (
    <FieldFrame id={id} label={label} hint={hint} error={field.message} className={className}>
      <input
        id={id}
        {...field.input}
        readOnly={readOnly}
        aria-invalid={field.message ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={`${decimalInputClass} ${field.message ? "border-red-600" : "border-slate-300"} ${readOnly ? "bg-slate-100" : ""}`}
      />
    </FieldFrame>
  );
}
