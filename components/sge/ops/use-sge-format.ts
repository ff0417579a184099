"use client";

import { useFormat } from "@/components/i18n/use-format";

/** Money (centavos → BRL), ISO calendar dates (dd/mm/yyyy in pt-BR) and plain numbers (a rate: 0,0333) in the viewer's locale: the shared `useFormat()`. */
export function useSgeFormat() {
  const { money, date, number } = useFormat();
  return { money, date, number };
}
