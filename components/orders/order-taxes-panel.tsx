"use client";

import { withQueryScope } from "@/components/query-scope";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import { FeatureLine } from "@/components/capabilities/feature-line";
import { unavailableLine } from "@/components/capabilities/unavailable-line";
import { fetchJson } from "@/components/fetch-json";
import { TaxWorksheetView } from "@/components/taxes/tax-worksheet";
import { Button } from "@/components/ui/button";
import type { TaxWorksheet } from "@/lib/types/taxes";

/**
 * A saved document's tax worksheet (an order, a quotation), asked of the ERP through `url` once the
 * page is up (online only, like PGV's "Planilha financeira"): the page never waits for it, and says
 * so when the ERP does not answer. Pages take it as an island (saved-taxes-panel.island.tsx).
 */
export function SavedTaxesPanel({ url, headingId }: { url: string; headingId: string }) {
  const t = useTranslations("taxes");
  const query = useQuery({
    queryKey: ["saved-taxes", url],
    queryFn: () => fetchJson<TaxWorksheet>(url),
    staleTime: 60_000,
    retry: false,
  });
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-2xl border border-slate-200 bg-white p-4 print:border-0 print:p-0"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <div aria-live="polite" className="mt-2">
        {query.isPending ? (
          <p className="text-sm text-slate-700" data-testid="tax-state">
            {t("calculating")}
          </p>
        ) : unavailableLine(query.error) ? (
          <FeatureLine text={unavailableLine(query.error)!} />
        ) : query.isError ? (
          <div
            className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            data-testid="tax-state"
          >
            <p>{t("unavailableSaved")}</p>
            <Button
              type="button"
              variant="secondary"
              className="mt-2 print:hidden"
              onClick={() => void query.refetch()}
            >
              {t("retry")}
            </Button>
          </div>
        ) : (
          <TaxWorksheetView worksheet={query.data} />
        )}
      </div>
    </section>
  );
}

/** The island's entry (saved-taxes-panel.island.tsx): `SavedTaxesPanel` inside the query cache, with its hydration marker. */
export const SavedTaxesPanelInScope = withQueryScope(SavedTaxesPanel);
