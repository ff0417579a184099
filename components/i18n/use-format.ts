"use client";

import { useMemo } from "react";
import { useLocale } from "use-intl";
import { formatFor, type Format } from "@/lib/format";

/**
 * Money (centavos → BRL), numbers, percentages and ISO calendar dates in the viewer's locale, for
 * client components: the same `lib/format.ts` the server's `getFormat()` uses, so both print alike.
 */
export function useFormat(): Format {
  const locale = useLocale();
  return useMemo(() => formatFor(locale), [locale]);
}
