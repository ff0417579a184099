"use client";

import { useFormatter } from "use-intl";

/** Money (centavos → BRL) and ISO calendar dates (dd/mm/yyyy in pt-BR) in the viewer's locale, as getFormat() does on the server. */
export function useSgeFormat() {
  const format = useFormatter();
  return {
    money: (cents: number) => format.number(cents / 100, { style: "currency", currency: "BRL" }),
    date: (iso: string | null | undefined, empty = "—") =>
      iso
        ? format.dateTime(new Date(`${iso}T00:00:00Z`), {
            timeZone: "UTC",
            day: "2-digit",
            month: "2-digit",
            year: "numeric",
          })
        : empty,
  };
}
