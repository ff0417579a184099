"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fetchJson } from "@/components/fetch-json";
import type { ProductOption } from "@/lib/types/order-entry";

/**
 * Finds a product by code or description among the chosen price list's products (or every active
 * product when no list is chosen). Enter picks the first result; results are buttons for Tab.
 */
export function ProductPicker({
  id,
  priceList,
  error,
  onPick,
}: {
  id: string;
  priceList: string;
  error?: string;
  onPick: (product: ProductOption) => void;
}) {
  const t = useTranslations("orderForm");
  const { money } = useFormat();
  const [q, setQ] = useState("");
  const term = q.trim();
  const results = useQuery({
    queryKey: ["order-products", priceList, term],
    queryFn: () =>
      fetchJson<{ items: ProductOption[] }>(`/api/products?${new URLSearchParams({ q: term, priceList })}`),
    enabled: term.length >= 2,
    staleTime: 60_000,
  });
  const items = results.data?.items ?? [];
  const choose = (p: ProductOption) => {
    setQ("");
    onPick(p);
  };
  return (
    <div className="sm:col-span-2">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {t("productSearch")}
      </label>
      <input
        id={id}
        type="search"
        value={q}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            if (items[0]) choose(items[0]);
          }
        }}
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base ${error ? "border-red-600" : "border-slate-300"}`}
      />
      <p id={`${id}-hint`} aria-live="polite" className="mt-1 text-sm text-slate-600">
        {results.isFetching
          ? t("searching")
          : term.length >= 2 && results.data
            ? items.length
              ? t("productResults", { count: items.length })
              : t("noProducts")
            : priceList
              ? t("productHintList", { list: priceList })
              : t("productHint")}
      </p>
      <p id={`${id}-error`} className="text-sm font-medium text-red-700">
        {error}
      </p>
      {items.length ? (
        <ul
          className="mt-1 max-h-64 divide-y divide-slate-200 overflow-y-auto rounded-xl border border-slate-200"
          aria-label={t("productResultsLabel")}
          // The form's sticky bar steps aside while this list shows (order-form.tsx).
          data-suggestions
        >
          {items.map((p) => (
            <li key={p.code}>
              <button
                type="button"
                onClick={() => choose(p)}
                className="flex min-h-11 w-full flex-wrap items-center gap-x-3 px-3 py-2 text-left hover:bg-slate-50"
              >
                <span className="font-medium">{p.code}</span>
                <span>{p.description}</span>
                <span className="text-sm text-slate-700">
                  {money(p.listPrice)} / {p.unit}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
