"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fetchJson } from "@/components/fetch-json";
import { Button } from "@/components/ui/button";
import { creditPreview } from "@/lib/credit-preview";
import { discountOf, orderTotals, priceAfterDiscount } from "@/lib/order-lines";
import { freightTypes, ORDER_TEXT_LIMITS } from "@/lib/order-form-options";
import type { OrderForm as OrderFormData } from "@/lib/schemas/order-form";
import type {
  OrderCustomer,
  OrderFormContext,
  OrderFormInitial,
  ProductOption,
  QueueStatusAnswer,
} from "@/lib/types/order-entry";
import { newOrderKey, newUuid } from "@/lib/uuid";
import {
  applyDraftToSentOrderAction,
  discardOrderDraft,
  saveOrderDraft,
  submitOrderAction,
} from "@/server/actions/orders";
import { AlreadySent } from "./already-sent";
import { CustomerPicker } from "./customer-picker";
import { DecimalInput } from "@/components/ui/decimal-input";
import type { OrderFormValues } from "./form-values";
import { OrderLines } from "./order-lines";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { SaveStatus } from "@/components/ui/save-status";
import { SERVER_MESSAGE as SERVER, useFieldErrorText } from "@/components/ui/use-field-error-text";
import { localDraft, useDraftAutosave } from "@/components/ui/use-draft-autosave";

/** The form validates with the server's own zod schema, loaded right after the page is interactive. */
const { resolver, preload: preloadSchema } = lazyZodResolver<OrderFormValues, OrderFormData>(() =>
  import("@/lib/schemas/order-form").then((m) => m.orderFormSchema),
);

const QueueProgress = lazy(() => import("../queue-progress").then((m) => ({ default: m.QueueProgress })));

type Banner = { tone: "error" | "warning" | "info"; text: string; conflict?: boolean };

function Select({
  id,
  label,
  error,
  children,
  ...select
}: React.SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base text-slate-900 ${error ? "border-red-600" : "border-slate-300"}`}
        {...select}
      >
        {children}
      </select>
      <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}

/**
 * Add or edit an order: customer, conditions, items, live totals with a credit preview. What the
 * rep types is kept as a server-side draft; the submit carries the draft's idempotency key, then
 * the page follows the ERP's queue until the order exists (or the ERP says why not).
 */
export function OrderForm({ context, initial }: { context: OrderFormContext; initial: OrderFormInitial }) {
  const t = useTranslations("orderForm");
  const te = useTranslations("actions.field");
  const { money, date } = useFormat();
  const [draftId] = useState(() => initial.draftId ?? newUuid());
  const [key] = useState(() => initial.values.key || newOrderKey());
  const [customer, setCustomer] = useState<OrderCustomer | null>(initial.customer);
  const [phase, setPhase] = useState<
    { kind: "editing" } | { kind: "sent"; queueId: string; operation: "insert" | "update" }
  >(
    initial.queueId
      ? { kind: "sent", queueId: initial.queueId, operation: initial.kind === "edit" ? "update" : "insert" }
      : { kind: "editing" },
  );
  const [banner, setBanner] = useState<Banner | null>(
    initial.problem?.kind === "not_sent"
      ? { tone: "warning", text: t("errors.notSentBefore") }
      : initial.problem?.kind === "rejected"
        ? { tone: "error", text: t("errors.rejectedBefore", { message: initial.problem.message }) }
        : null,
  );
  // An earlier send of this draft the ERP kept (with its content, not the edits made since).
  const [sentBefore, setSentBefore] = useState<string | null>(
    initial.problem?.kind === "already_sent" ? initial.problem.queueId : null,
  );
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const editing = initial.kind === "edit";
  const router = useRouter();

  const methods = useForm<OrderFormValues, unknown, OrderFormData>({
    resolver,
    defaultValues: { ...initial.values, key },
    mode: "onTouched",
  });
  const { control, register, setValue, getValues, handleSubmit, setError, clearErrors, reset, formState } = methods;
  const values = useWatch({ control });
  // Server-made messages (prefix SERVER) are already words; the schema's are codes.
  const fieldError = useFieldErrorText();

  const autosave = useDraftAutosave({
    draftId,
    savedAt: initial.savedAt,
    send: (data) =>
      saveOrderDraft({
        id: draftId,
        kind: initial.kind,
        orderNumber: initial.orderNumber ?? undefined,
        stamp: initial.stamp ?? undefined,
        data,
      }),
    enabled: phase.kind === "editing",
    data: () => ({ ...getValues(), customerName: customer?.name ?? "" }),
    onFirstSave: () => rememberDraftInUrl(),
  });

  // A reload (or the link kept by the browser) comes back to this draft, once the server has it.
  function rememberDraftInUrl() {
    if (!editing) window.history.replaceState(null, "", `/orders/new?draft=${draftId}`);
  }

  // Every change saves the draft (debounced); a copy or a customer-page start is saved at once.
  const changed = autosave.changed;
  useEffect(() => methods.subscribe({ formState: { values: true }, callback: () => changed() }), [methods, changed]);
  useEffect(() => {
    if (initial.origin === "copy" || initial.origin === "customer") autosave.changed();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  // The validation code arrives while the rep starts typing, not with the page.
  useEffect(() => {
    void preloadSchema();
  }, []);

  // A copy kept on this device (typed while offline, tab closed before it synced) over the server copy the page has wins.
  useEffect(() => {
    const local = localDraft(draftId, initial.savedAt) as Partial<OrderFormValues> | null;
    if (local && typeof local === "object" && Array.isArray(local.items)) {
      reset({ ...getValues(), ...local, key });
      autosave.changed();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  const totals = orderTotals(values.items ?? [], values.freightValue ?? 0);
  const preview = customer ? creditPreview(customer, totals.total, context.today) : null;

  async function reprice(list: string) {
    const lines = getValues("items");
    const codes = lines.map((l) => l.product).filter(Boolean);
    if (!codes.length) return;
    try {
      const { items } = await fetchJson<{ items: ProductOption[] }>(
        `/api/products?${new URLSearchParams({ codes: codes.join(","), priceList: list })}`,
      );
      const byCode = new Map(items.map((p) => [p.code, p]));
      lines.forEach((line, index) => {
        if (!line.product) return;
        const p = byCode.get(line.product);
        if (!p) {
          setError(`items.${index}.product`, {
            message: `${SERVER}${list ? t("notInList", { list }) : te("product_unknown")}`,
          });
          return;
        }
        const discount =
          line.price !== null && Number.isFinite(line.price) ? discountOf(line.listPrice ?? 0, line.price) : 0;
        setValue(
          `items.${index}`,
          {
            ...line,
            listPrice: p.listPrice,
            minimumPrice: p.minimumPrice,
            price: priceAfterDiscount(p.listPrice, discount),
          },
          { shouldDirty: true },
        );
        clearErrors(`items.${index}.product`);
      });
    } catch {
      setBanner({ tone: "warning", text: t("errors.repriceFailed") });
    }
  }

  function pickCustomer(c: OrderCustomer | null) {
    setCustomer(c);
    setValue("customer", c?.code ?? "", { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setValue("store", c?.store ?? "", { shouldDirty: true });
    if (!c) return;
    if (context.paymentConditions.some((p) => p.code === c.paymentCondition))
      setValue("paymentCondition", c.paymentCondition, { shouldDirty: true });
    if (context.priceLists.some((l) => l.code === c.priceList) && c.priceList !== getValues("priceList")) {
      setValue("priceList", c.priceList, { shouldDirty: true });
      void reprice(c.priceList);
    }
    autosave.changed();
  }

  /** Sends the form with one of the two send actions, and shows what came of it. */
  const sendWith = (action: typeof submitOrderAction) =>
    async function onValid(form: OrderFormData) {
      setBanner(null);
      const result = await action({
        draftId,
        kind: initial.kind,
        orderNumber: initial.orderNumber ?? undefined,
        stamp: initial.stamp ?? undefined,
        customerName: customer?.name ?? "",
        form,
      });
      // The submit saved the draft first, whatever the ERP answered.
      if (
        result.ok ||
        result.fieldErrors ||
        result.code === "not_sent" ||
        result.code === "conflict" ||
        result.code === "already_sent"
      )
        rememberDraftInUrl();
      if (result.ok) {
        autosave.forget();
        setSentBefore(null);
        const { queueId, orderId } = result.data;
        // Applied to the order the first send became: from now on this is that order's change.
        if (orderId && !editing)
          window.history.replaceState(null, "", `/orders/${encodeURIComponent(orderId.slice(-6))}/edit`);
        if (queueId) setPhase({ kind: "sent", queueId, operation: editing || orderId ? "update" : "insert" });
        else setBanner({ tone: "info", text: t("errors.alreadySending") });
        return;
      }
      if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
        return;
      }
      if (result.code === "already_sent" && result.queueId) {
        setSentBefore(result.queueId);
        return;
      }
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        setError((field === "form" ? "root" : field) as "root", { message: `${SERVER}${message}` });
      }
      setBanner({
        tone: result.code === "not_sent" || result.code === "pending" ? "warning" : "error",
        text: result.error,
        conflict: result.code === "conflict",
      });
    };

  /** One send at a time from this page (the server guards the draft as well). */
  function send(action: typeof submitOrderAction, e?: React.BaseSyntheticEvent) {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    void handleSubmit(sendWith(action), () => setBanner({ tone: "error", text: t("errors.fixFields") }))(e).finally(
      () => {
        inFlight.current = false;
        setSending(false);
      },
    );
  }

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    send(submitOrderAction, e);
  }

  async function discard() {
    if (!window.confirm(t("discardConfirm"))) return;
    autosave.forget();
    await discardOrderDraft({ id: draftId });
    router.push(editing && initial.orderNumber ? `/orders/${encodeURIComponent(initial.orderNumber)}` : "/orders");
  }

  async function reloadOrder() {
    autosave.forget();
    await discardOrderDraft({ id: draftId });
    // A full load: the form starts again from the order as the ERP has it now.
    window.location.reload();
  }

  function finished(answer: QueueStatusAnswer) {
    // A new order's draft applied to the order it became is that order's change now: its edit page shows the refusal.
    if (answer.item.status === "error" && phase.kind === "sent" && phase.operation === "update" && !editing)
      window.location.reload();
    else if (answer.item.status === "error") {
      setPhase({ kind: "editing" });
      setBanner({ tone: "error", text: t("errors.rejectedByJob", { message: answer.item.message }) });
    }
  }

  const title = editing ? t("editTitle", { number: initial.orderNumber ?? "" }) : t("newTitle");
  if (phase.kind === "sent") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        <Suspense fallback={<p role="status">{t("sending")}</p>}>
          <QueueProgress queueId={phase.queueId} operation={phase.operation} onFinished={finished} />
        </Suspense>
      </div>
    );
  }

  const errors = formState.errors;
  return (
    <FormProvider {...methods}>
      <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="order-form-title">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h1 id="order-form-title" className="text-2xl font-bold text-slate-900">
              {title}
            </h1>
            {initial.origin === "draft" ? <p className="text-sm text-slate-700">{t("resumed")}</p> : null}
          </div>
          <Link
            href="/orders/drafts"
            className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2"
          >
            {t("draftsLink")}
          </Link>
        </div>

        {sentBefore ? (
          <AlreadySent queueId={sentBefore} busy={sending} onApply={() => send(applyDraftToSentOrderAction)} />
        ) : null}

        {banner ? (
          <div
            role="alert"
            className={`rounded-xl border p-3 text-sm font-medium ${banner.tone === "error" ? "border-red-300 bg-red-50 text-red-900" : banner.tone === "warning" ? "border-amber-300 bg-amber-50 text-amber-900" : "border-brand-100 bg-brand-50 text-slate-900"}`}
            data-testid="order-form-banner"
          >
            <p>{banner.text}</p>
            {banner.conflict && editing ? (
              <Button type="button" variant="secondary" className="mt-2" onClick={() => void reloadOrder()}>
                {t("reloadOrder")}
              </Button>
            ) : null}
          </div>
        ) : null}

        <section aria-labelledby="form-customer" className="rounded-2xl border border-slate-200 bg-white p-4">
          <h2 id="form-customer" className="mb-2 text-lg font-semibold text-slate-900">
            {t("customer")}
          </h2>
          <CustomerPicker
            selected={customer}
            locked={editing}
            error={fieldError(errors.customer?.message ?? errors.store?.message)}
            onPick={pickCustomer}
          />
        </section>

        <section aria-labelledby="form-conditions" className="rounded-2xl border border-slate-200 bg-white p-4">
          <h2 id="form-conditions" className="mb-2 text-lg font-semibold text-slate-900">
            {t("conditions")}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <Select
              id="order-payment"
              label={t("paymentCondition")}
              error={fieldError(errors.paymentCondition?.message)}
              {...register("paymentCondition")}
            >
              <option value="">{t("choose")}</option>
              {context.paymentConditions.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} · {p.description}
                </option>
              ))}
            </Select>
            <Select
              id="order-pricelist"
              label={t("priceList")}
              error={fieldError(errors.priceList?.message)}
              {...register("priceList", {
                onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void reprice(e.target.value),
              })}
            >
              <option value="">{t("noPriceList")}</option>
              {context.priceLists.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.code} · {l.description}
                </option>
              ))}
            </Select>
            <Select
              id="order-operation"
              label={t("operationType")}
              error={fieldError(errors.operationType?.message)}
              {...register("operationType")}
            >
              <option value="">{t("choose")}</option>
              {context.operationTypes.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.code} · {o.description}
                </option>
              ))}
            </Select>
            <Select
              id="order-carrier"
              label={t("carrier")}
              error={fieldError(errors.carrier?.message)}
              {...register("carrier")}
            >
              <option value="">{t("noCarrier")}</option>
              {context.carriers.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} · {c.name}
                </option>
              ))}
            </Select>
            <Select
              id="order-freight-type"
              label={t("freightType")}
              error={fieldError(errors.freightType?.message)}
              {...register("freightType")}
            >
              {freightTypes.map((f) => (
                <option key={f} value={f}>
                  {t(`freightTypes.${f}`)}
                </option>
              ))}
            </Select>
            <div>
              <label htmlFor="order-freight-value" className="mb-1 block text-sm font-medium text-slate-800">
                {t("freightValue")}
              </label>
              <DecimalInput
                id="order-freight-value"
                scale={100}
                value={values.freightValue}
                onChange={(v) =>
                  setValue("freightValue", v, { shouldDirty: true, shouldValidate: formState.isSubmitted })
                }
                aria-describedby="order-freight-value-error"
                error={fieldError(errors.freightValue?.message)}
                errorId="order-freight-value-error"
              />
            </div>
            <div>
              <label htmlFor="order-customer-number" className="mb-1 block text-sm font-medium text-slate-800">
                {t("customerOrderNumber")}
              </label>
              <input
                id="order-customer-number"
                maxLength={ORDER_TEXT_LIMITS.customerOrderNumber}
                autoComplete="off"
                aria-invalid={errors.customerOrderNumber ? true : undefined}
                aria-describedby="order-customer-number-error"
                className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base"
                {...register("customerOrderNumber")}
              />
              <p id="order-customer-number-error" className="mt-1 text-sm font-medium text-red-700">
                {fieldError(errors.customerOrderNumber?.message)}
              </p>
            </div>
            <div className="sm:col-span-2">
              <label htmlFor="order-message" className="mb-1 block text-sm font-medium text-slate-800">
                {t("message")}
              </label>
              <textarea
                id="order-message"
                rows={2}
                maxLength={ORDER_TEXT_LIMITS.message}
                aria-invalid={errors.message ? true : undefined}
                aria-describedby="order-message-error"
                className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
                {...register("message")}
              />
              <p id="order-message-error" className="mt-1 text-sm font-medium text-red-700">
                {fieldError(errors.message?.message)}
              </p>
            </div>
          </div>
        </section>

        <section aria-labelledby="form-items" className="rounded-2xl border border-slate-200 bg-white p-4">
          <h2 id="form-items" className="mb-2 text-lg font-semibold text-slate-900">
            {t("items", { count: values.items?.length ?? 0 })}
          </h2>
          <p className="mb-2 text-sm font-medium text-red-700" role={errors.items?.message ? "alert" : undefined}>
            {fieldError(errors.items?.message ?? errors.items?.root?.message)}
          </p>
          <OrderLines
            priceList={values.priceList ?? ""}
            operationNames={Object.fromEntries(context.operationTypes.map((o) => [o.code, o.description]))}
            fieldError={fieldError}
          />
        </section>

        <section aria-labelledby="form-totals" className="rounded-2xl border border-slate-200 bg-white p-4">
          <h2 id="form-totals" className="mb-2 text-lg font-semibold text-slate-900">
            {t("totals")}
          </h2>
          <dl className="ml-auto grid max-w-sm grid-cols-2 gap-1 text-base">
            <dt className="text-slate-700">{t("itemsTotal")}</dt>
            <dd className="text-right" data-testid="form-items-total">
              {money(totals.items)}
            </dd>
            <dt className="text-slate-700">{t("freightValue")}</dt>
            <dd className="text-right">{money(totals.freight)}</dd>
            <dt className="font-semibold text-slate-900">{t("orderTotal")}</dt>
            <dd className="text-right font-semibold text-slate-900" data-testid="form-order-total">
              {money(totals.total)}
            </dd>
          </dl>
          {preview ? (
            <div
              className={`mt-3 rounded-xl border p-3 text-sm ${preview.outcome === "block" ? "border-amber-300 bg-amber-50 text-amber-900" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}
              data-testid="credit-preview"
              role={preview.outcome === "block" ? "note" : undefined}
            >
              <p className="font-semibold">{preview.outcome === "block" ? t("credit.warning") : t("credit.ok")}</p>
              <p>
                {preview.reason === "limit"
                  ? t("credit.limit", { total: money(preview.total), available: money(preview.available) })
                  : preview.reason === "overdue"
                    ? t("credit.overdue", { risk: preview.risk, days: preview.days, tolerance: preview.tolerance })
                    : preview.reason === "expired"
                      ? t("credit.expired", { date: date(preview.date) })
                      : t(`credit.${preview.reason}`, { available: money(customer!.availableCredit) })}
              </p>
            </div>
          ) : null}
        </section>

        <div className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-slate-200 bg-white/95 p-3 shadow-sm">
          <SaveStatus state={autosave.state} namespace="orderForm.save" />
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="ghost" onClick={() => void discard()}>
              {t("discard")}
            </Button>
            <Button type="submit" disabled={sending} aria-busy={sending}>
              {sending ? t("sending") : editing ? t("saveChanges") : t("submit")}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
