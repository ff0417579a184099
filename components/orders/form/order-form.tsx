"use client";

import { withQueryScope } from "@/components/query-scope";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useState, type ComponentType } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { localDraft, useDraftAutosave } from "@/components/ui/use-draft-autosave";
import { useFieldErrorText } from "@/components/ui/use-field-error-text";
import type { OrderForm as OrderFormData } from "@/lib/schemas/order-form";
import type { OrderCustomer, OrderFormContext, OrderFormInitial } from "@/lib/types/order-entry";
import { newOrderKey, newUuid } from "@/lib/uuid";
import { applyDraftToSentOrderAction, discardOrderDraft, saveOrderDraft } from "@/server/actions/orders";
import { AlreadySent } from "./already-sent";
import { CustomerPicker } from "./customer-picker";
import type { OrderFormValues } from "./form-values";
import { OrderConditions } from "./order-conditions";
import { OrderLines } from "./order-lines";
import { OrderFormBar } from "./order-form-bar";
import { OrderTotals } from "./order-totals";
import { useOrderSubmit, type SendAction } from "./use-order-submit";
import { useReprice } from "./use-reprice";
import { documentPath, type SalesDocument } from "./sales-document";

/** The form validates with the server's own zod schema, loaded right after the page is interactive. */
const orderValidation = lazyZodResolver<OrderFormValues, OrderFormData>(() =>
  import("@/lib/schemas/order-form").then((m) => m.orderFormSchema),
);
export type FormValidation = typeof orderValidation;

const QueueProgress = lazy(() => import("../queue-progress").then((m) => ({ default: m.QueueProgress })));

/** What follows a sent form in the ERP's queue: the order's progress, or the one the document's own form passes in. */
export type SentProgress = ComponentType<{
  queueId: string;
  number?: string;
  operation: "insert" | "update";
  onFinished: (answer: { item: { status: string; message: string } }) => void;
}>;

/**
 * Add or edit an order, or a quotation (`document`): customer, conditions, items, live totals with
 * the ERP's taxes and a credit preview. What the rep types is kept as a server-side draft; the
 * submit carries the draft's idempotency key, then the page follows the ERP's queue until the
 * order or quotation exists (or the ERP says why not). A quotation is the same form with its
 * validity instead of an order's carrier, customer order number and message, and its own words.
 */
export function OrderForm({
  context,
  initial,
  document = "order",
  progress: Progress,
  validation = orderValidation,
  actions,
  notice,
  conditions,
  footnote,
}: {
  context: OrderFormContext;
  initial: OrderFormInitial;
  document?: SalesDocument;
  /** Another document's own parts (a quotation's: components/quotations/quotation-form.tsx), so an order's page loads none of them. */
  progress?: SentProgress;
  validation?: FormValidation;
  actions?: { save: typeof saveOrderDraft; submit: SendAction };
  /** Under the title (where a copy came from). */
  notice?: React.ReactNode;
  /** The document's own conditions (a quotation's validity). */
  conditions?: React.ReactNode;
  /** Under the totals. */
  footnote?: React.ReactNode;
}) {
  const t = useTranslations("orderForm");
  // The texts a quotation words differently (titles, buttons, the ERP's answers); the rest is the order form's.
  const quotation = document === "quotation";
  const tq = useTranslations("quotationForm");
  const td = (quotation ? tq : t) as unknown as typeof t;
  const base = documentPath[document];
  const { resolver, preload: preloadSchema } = validation;
  const [draftId] = useState(() => initial.draftId ?? newUuid());
  const [key] = useState(() => initial.values.key || newOrderKey());
  const [customer, setCustomer] = useState<OrderCustomer | null>(initial.customer);
  // A prospect's quotation: who it is for is fixed (its name is the draft's and the send's customer name).
  const prospect = quotation ? (initial.prospect ?? null) : null;
  const buyerName = customer?.name ?? prospect?.name ?? "";
  const editing = initial.kind === "edit";
  const router = useRouter();

  const methods = useForm<OrderFormValues, unknown, OrderFormData>({
    resolver,
    defaultValues: { ...initial.values, key },
    mode: "onTouched",
  });
  const { control, getValues, reset, formState } = methods;
  const values = useWatch({ control });
  // Server-made messages (prefix SERVER) are already words; the schema's are codes.
  const fieldError = useFieldErrorText();

  const { phase, banner, setBanner, sentBefore, sending, send, submit, finished } = useOrderSubmit({
    document,
    submitAction: actions?.submit,
    initial,
    draftId,
    customerName: buyerName,
    methods,
    rememberDraftInUrl,
    onAccepted: () => autosave.forget(),
  });
  const { reprice, applyCustomer } = useReprice({
    context,
    methods,
    onFailed: () => setBanner({ tone: "warning", text: t("errors.repriceFailed") }),
  });

  const autosave = useDraftAutosave({
    draftId,
    savedAt: initial.savedAt,
    send: (data) =>
      (actions?.save ?? saveOrderDraft)({
        id: draftId,
        kind: initial.kind,
        orderNumber: initial.orderNumber ?? undefined,
        stamp: initial.stamp ?? undefined,
        data,
      }),
    enabled: phase.kind === "editing",
    data: () => ({ ...getValues(), customerName: buyerName, copiedFrom: initial.copiedFrom ?? "" }),
    onFirstSave: () => rememberDraftInUrl(),
  });

  // A reload (or the link kept by the browser) comes back to this draft, once the server has it.
  function rememberDraftInUrl() {
    if (!editing) window.history.replaceState(null, "", `${base}/new?draft=${draftId}`);
  }

  // Every change saves the draft (debounced), from the first real input on: merely opening "Novo
  // pedido" (blank or from a customer's page) leaves no empty draft behind. A copy already holds an
  // order's items: it is saved at once, so it is there to resume ("cópia do 001085").
  const changed = autosave.changed;
  useEffect(() => methods.subscribe({ formState: { values: true }, callback: () => changed() }), [methods, changed]);
  useEffect(() => {
    if (initial.origin === "copy") autosave.changed();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  // The validation code arrives as the rep starts typing, not with the page.
  useEffect(() => preloadSchema(), [preloadSchema]);

  // A copy kept on this device (typed while offline, tab closed before it synced) over the server copy the page has wins.
  useEffect(() => {
    const local = localDraft(draftId, initial.savedAt) as Partial<OrderFormValues> | null;
    if (local && typeof local === "object" && Array.isArray(local.items)) {
      reset({ ...getValues(), ...local, key });
      autosave.changed();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  function pickCustomer(c: OrderCustomer | null) {
    setCustomer(c);
    applyCustomer(c);
    if (c) autosave.changed();
  }

  async function discard() {
    if (!window.confirm(editing ? td("discardChangesConfirm") : td("discardConfirm"))) return;
    autosave.forget();
    await discardOrderDraft({ id: draftId });
    router.push(editing && initial.orderNumber ? `${base}/${encodeURIComponent(initial.orderNumber)}` : base);
  }

  async function reloadOrder() {
    autosave.forget();
    await discardOrderDraft({ id: draftId });
    // A full load: the form starts again from the order as the ERP has it now.
    window.location.reload();
  }

  const title = editing ? td("editTitle", { number: initial.orderNumber ?? "" }) : td("newTitle");
  if (phase.kind === "sent") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        <Suspense fallback={<p role="status">{t("sending")}</p>}>
          {Progress ? (
            <Progress
              queueId={phase.queueId}
              number={initial.orderNumber ?? undefined}
              operation={phase.operation}
              onFinished={finished}
            />
          ) : (
            <QueueProgress queueId={phase.queueId} operation={phase.operation} onFinished={finished} />
          )}
        </Suspense>
      </div>
    );
  }

  const errors = formState.errors;
  return (
    <FormProvider {...methods}>
      <form onSubmit={submit} noValidate className="group/form space-y-4" aria-labelledby="order-form-title">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h1 id="order-form-title" className="text-2xl font-bold text-slate-900">
              {title}
            </h1>
            {initial.origin === "draft" ? <p className="text-sm text-slate-700">{td("resumed")}</p> : null}
            {notice}
          </div>
          <Link
            href={`${base}/drafts`}
            className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2"
          >
            {t("draftsLink")}
          </Link>
        </div>

        {sentBefore && !quotation ? (
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
                {td("reloadOrder")}
              </Button>
            ) : null}
          </div>
        ) : null}

        <section aria-labelledby="form-customer" className="rounded-2xl border border-slate-200 bg-white p-4">
          <h2 id="form-customer" className="mb-2 text-lg font-semibold text-slate-900">
            {prospect ? tq("prospect.title") : t("customer")}
          </h2>
          <CustomerPicker
            selected={customer}
            prospect={prospect}
            locked={editing}
            hasItems={(values.items ?? []).some((line) => Boolean(line?.product))}
            error={fieldError(errors.customer?.message ?? errors.store?.message ?? errors.prospect?.message)}
            onPick={pickCustomer}
          />
        </section>

        <OrderConditions
          context={context}
          document={document}
          extra={conditions}
          fieldError={fieldError}
          onPriceList={(list) => void reprice(list)}
        />

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
            stockHolds={initial.stockHolds}
            stockUnavailable={context.unavailable?.stock}
            fieldError={fieldError}
          />
        </section>

        <OrderTotals customer={customer} today={context.today} taxesUnavailable={context.unavailable?.salesTaxes} />
        {footnote}

        <OrderFormBar
          saveState={autosave.state}
          onDiscard={() => void discard()}
          discardLabel={editing ? td("discardChanges") : td("discard")}
          submitLabel={sending ? t("sending") : editing ? td("saveChanges") : td("submit")}
          sending={sending}
        />
      </form>
    </FormProvider>
  );
}

/** The island's entry (order-form.island.tsx): `OrderForm` inside the query cache, with its hydration marker. */
export const OrderFormInScope = withQueryScope(OrderForm);
