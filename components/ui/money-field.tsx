"use client";

import { DecimalInput } from "@/components/ui/decimal-input";
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

/** An amount typed as the user writes it ("1.234,56"), held in centavos; labelled and wired like `Field`. */
export function MoneyField({ id, label, value, onChange, error, hint, readOnly, className }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <DecimalInput
        id={id}
        scale={100}
        value={value}
        onChange={onChange}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={`${error ? "border-red-600" : "border-slate-300"} ${readOnly ? "bg-slate-100" : ""}`}
      />
    </FieldFrame>
  );
}
