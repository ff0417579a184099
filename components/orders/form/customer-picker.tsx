"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fetchJson } from "@/components/fetch-json";
import { RiskBadge } from "@/components/customers/risk-badge";
import { badgeClass } from "@/components/orders/status-tone";
import { prospectMarkerTone } from "@/components/quotations/status-tone";
import { maskDocument } from "@/lib/mask";
import { MIN_SEARCH } from "@/lib/customer-query-options";
import type { CustomerPage } from "@/lib/types/customer-list";
import type { OrderCustomer } from "@/lib/types/order-entry";
import type { QuotationProspect } from "@/lib/types/quotation";

/**
 * Picks the order's customer: the same search as My customers (name, trade name, code, CPF/CNPJ),
 * results as buttons (Tab / Enter), then the chosen customer's credit facts. Locked when editing.
 * A prospect's quotation shows its fixed prospect instead (no search, no credit: not a customer yet).
 */
export function CustomerPicker({
  selected,
  prospect,
  locked,
  hasItems,
  error,
  onPick,
}: {
  selected: OrderCustomer | null;
  /** A prospect's quotation: the prospect it is for, never changed from the form. */
  prospect?: QuotationProspect | null;
  locked: boolean;
  /** Items with products are repriced for another customer: the rep is told before. */
  hasItems: boolean;
  error?: string;
  onPick: (customer: OrderCustomer | null) => void;
}) {
  const t = useTranslations("orderForm");
  const id = useId();
  const [q, setQ] = useState("");
  const [picking, setPicking] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const term = q.trim();
  const results = useQuery({
    queryKey: ["order-customers", term],
    queryFn: () =>
      fetchJson<CustomerPage>(`/api/customers?${new URLSearchParams({ q: term, pageSize: "8", sort: "name" })}`),
    enabled: !selected && term.length >= MIN_SEARCH,
    staleTime: 30_000,
  });
  const { money } = useFormat();
  const tq = useTranslations("quotationForm");

  async function pick(code: string, store: string) {
    setPicking(`${code}/${store}`);
    setFailed(false);
    try {
      onPick(
        await fetchJson<OrderCustomer>(
          `/api/customers/${encodeURIComponent(code.trim())}/${encodeURIComponent(store.trim())}`,
        ),
      );
      setQ("");
    } catch {
      setFailed(true);
    } finally {
      setPicking(null);
    }
  }

  if (prospect) {
    return (
      <div className="rounded-xl border border-slate-200 bg-slate-50 p-3" data-testid="order-prospect">
        <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
          {prospect.name || `${prospect.code}/${prospect.store}`}
          <span className={`${badgeClass} ${prospectMarkerTone}`}>{tq("prospect.badge")}</span>
        </p>
        <p className="text-sm text-slate-700">
          {prospect.code}/{prospect.store}
          {prospect.document ? (
            <>
              {" "}
              · <span className="whitespace-nowrap">{maskDocument(prospect.document)}</span>
            </>
          ) : null}
        </p>
        <p className="mt-1 text-sm text-slate-700">{tq("prospect.fixed")}</p>
        {error ? (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  if (selected) {
    return (
      <div className="rounded-xl border border-slate-200 bg-slate-50 p-3" data-testid="order-customer">
        <p className="font-semibold text-slate-900">{selected.name}</p>
        <p className="text-sm text-slate-700">
          {selected.code.trim()}/{selected.store.trim()} ·{" "}
          <span className="whitespace-nowrap">{maskDocument(selected.document)}</span>
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-800">
          <RiskBadge risk={selected.risk} label={selected.risk ? t("risk", { risk: selected.risk }) : t("noRisk")} />
          <span>
            {t("availableCredit")}:{" "}
            <strong className={selected.availableCredit <= 0 ? "text-red-700" : ""}>
              {money(selected.availableCredit)}
            </strong>
          </span>
          {selected.overdue > 0 ? (
            <span className="text-red-700">{t("overdue", { amount: money(selected.overdue) })}</span>
          ) : null}
        </p>
        {selected.blocked ? <p className="mt-1 text-sm font-medium text-red-700">{t("customerBlocked")}</p> : null}
        {!locked ? (
          <>
            <button
              type="button"
              onClick={() => (!hasItems || window.confirm(t("changeCustomerConfirm"))) && onPick(null)}
              aria-describedby={hasItems ? `${id}-change-hint` : undefined}
              className="mt-2 min-h-11 text-sm font-medium text-brand-700 underline underline-offset-2"
            >
              {t("changeCustomer")}
            </button>
            {hasItems ? (
              <p id={`${id}-change-hint`} className="text-sm text-slate-700">
                {t("changeCustomerHint")}
              </p>
            ) : null}
          </>
        ) : null}
        {error ? (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  const items = results.data?.items ?? [];
  return (
    <div>
      <label htmlFor={`${id}-q`} className="mb-1 block text-sm font-medium text-slate-800">
        {t("customerSearch")}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            const first = items.find((c) => !c.blocked);
            if (first) void pick(first.code, first.store);
          }
        }}
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base ${error ? "border-red-600" : "border-slate-300"}`}
      />
      <p id={`${id}-hint`} aria-live="polite" className="mt-1 text-sm text-slate-600">
        {term.length > 0 && term.length < MIN_SEARCH
          ? t("searchTooShort", { min: MIN_SEARCH })
          : results.isFetching
            ? t("searching")
            : term.length >= MIN_SEARCH && results.data
              ? t("customerResults", { count: results.data.total })
              : t("customerSearchHint")}
      </p>
      <p id={`${id}-error`} className="text-sm font-medium text-red-700">
        {failed ? t("customerLoadFailed") : error}
      </p>
      {items.length ? (
        <ul
          className="mt-2 divide-y divide-slate-200 rounded-xl border border-slate-200"
          aria-label={t("customerResultsLabel")}
          // The form's sticky bar steps aside while this list shows (order-form.tsx).
          data-suggestions
        >
          {items.map((c) => (
            <li key={`${c.code}/${c.store}`}>
              <button
                type="button"
                disabled={c.blocked || picking !== null}
                onClick={() => void pick(c.code, c.store)}
                className="flex min-h-11 w-full flex-wrap items-center gap-x-3 px-3 py-2 text-left hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-500"
              >
                <span className="font-medium">{c.name}</span>
                <span className="text-sm text-slate-700">
                  {c.code.trim()}/{c.store.trim()} ·{" "}
                  <span className="whitespace-nowrap">{maskDocument(c.document)}</span>
                </span>
                <span className="text-sm text-slate-700">
                  {c.blocked ? t("blocked") : `${t("availableCredit")}: ${money(c.availableCredit)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
