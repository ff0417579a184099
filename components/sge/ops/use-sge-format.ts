"use client";

import { useFormat } from "@/components/i18n/use-format";

/** Money (centavos → BRL) and ISO calendar dates (dd/mm/yyyy in pt-BR) in the viewer's locale: the shared `useFormat()`. */
export function useSgeFormat() {
  const { money, date } = useFormat();
  return { money, date };
}
