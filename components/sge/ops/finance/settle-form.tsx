"use client";

import { useEffect, useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { proposedCharges, settlementTotal } from "@/lib/sge/ops/amounts";
import type { CashAccount, Coligada, FinanceLaunch } from "@/lib/sge/ops/types";
import { settleLaunchAction } from "@/server/actions/sge-ops";
import { SERVER_MESSAGE } from "@/components/ui/use-field-error-text";
import { FormError } from "../form-error";
import { MoneyField } from "@/components/ui/money-field";
import { SelectField } from "@/components/ui/select-field";
import { useSgeForm } from "../use-sge-form";
import { useSgeFormat } from "../use-sge-format";
import { lazySgeSchema } from "../lazy-schema";

type Props = {
  contract: { coligada: Coligada; xnumpro: string };
  launch: FinanceLaunch;
  accounts: CashAccount[];
  today: string;
  onDone: (message: string) => void;
  onClose: () => void;
};

const n = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? 0 : v);

/**
 * BaixaTitulo of one open launch. ValorBaixa must equal original + interest + fine − discount to
 * the centavo (the discount includes the scholarship, per the seed): the sum is shown as it is
 * typed and checked again before sending. Interest and fine are proposed from the plan's rules
 * when SGE gives them (otherwise typed), for the settlement date, until the user types their own.
 * Bank movement or not: exactly one kind of cash account. Nothing is sent before the user confirms
 * a summary of the settlement; a date after today is refused.
 */
export function SettleForm({ contract, launch, accounts, today, onDone, onClose }: Props) {
  const t = useTranslations("sgeOps.finance");
  const tc = useTranslations("sgeOps.common");
  const f = useSgeFormat();
  const bankAccounts = accounts.filter((a) => !a.noMovement);
  const noMovementAccounts = accounts.filter((a) => a.noMovement);
  const initialMode: "bank" | "none" = bankAccounts.length || !noMovementAccounts.length ? "bank" : "none";
  const first = (mode: "bank" | "none") => (mode === "bank" ? bankAccounts : noMovementAccounts)[0]?.code ?? "";
  const proposedToday = proposedCharges(launch, today);
  const original = {
    original: launch.original,
    interest: proposedToday?.interest ?? 0,
    fine: proposedToday?.fine ?? 0,
    discount: launch.scholarship,
  };
  const { form, submit, fieldError, error, pending } = useSgeForm(lazySgeSchema("settleSchema"), settleLaunchAction, {
    ...contract,
    launchId: launch.id,
    ...original,
    amount: settlementTotal(original),
    date: today,
    bankAccount: initialMode === "bank" ? first("bank") : "",
    noMovementAccount: initialMode === "none" ? first("none") : "",
  });
  // Which kind of cash account: the form's choice, not the schema's (it sends exactly one of the two).
  const [mode, setMode] = useState(initialMode);
  // ValorBaixa follows the breakdown until the user types their own amount.
  const [amountTyped, setAmountTyped] = useState(false);
  const [chargesTyped, setChargesTyped] = useState(false);
  // The values the summary was shown for: anything changed since takes it away (confirm what is sent).
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [interest, fine, discount, amount, date, bankAccount, noMovementAccount] = useWatch({
    control: form.control,
    name: ["interest", "fine", "discount", "amount", "date", "bankAccount", "noMovementAccount"],
  });
  const proposed = proposedCharges(launch, date && date <= today ? date : today);
  // The proposal follows the settlement date until the user types interest or fine themselves.
  const [proposedInterest, proposedFine] = [proposed?.interest, proposed?.fine];
  useEffect(() => {
    if (chargesTyped || proposedInterest === undefined || proposedFine === undefined) return;
    form.setValue("interest", proposedInterest);
    form.setValue("fine", proposedFine);
  }, [chargesTyped, proposedInterest, proposedFine, form]);
  const shown = JSON.stringify([interest, fine, discount, amount, date, bankAccount, noMovementAccount]);
  const confirming = confirmedFor === shown;
  const expected = settlementTotal({
    original: launch.original,
    interest: n(interest),
    fine: n(fine),
    discount: n(discount),
  });
  useEffect(() => {
    if (!amountTyped) form.setValue("amount", expected);
  }, [amountTyped, expected, form]);
  const shownAmount = amountTyped ? (amount ?? null) : expected;
  const mismatch = shownAmount !== expected;
  const id = (name: string) => `settle-${launch.id}-${name}`;
  const account = mode === "bank" ? "bankAccount" : "noMovementAccount";
  const money = (name: "interest" | "fine" | "discount", label: string, hint?: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <MoneyField
          id={id(name)}
          label={label}
          hint={hint}
          value={field.value ?? null}
          // An emptied amount is no amount: the schema words it ("Informe um número.").
          onChange={(v) => {
            if (name !== "discount") setChargesTyped(true);
            field.onChange(v ?? undefined);
          }}
          error={fieldError(name)}
        />
      )}
    />
  );

  const options = mode === "bank" ? bankAccounts : noMovementAccounts;
  const chosen = options.find((a) => a.code === (mode === "bank" ? bankAccount : noMovementAccount));
  // "Confirmar baixa" checks the form and shows what will be sent; only the summary's button sends.
  async function review() {
    if (!(await form.trigger())) return void submit(() => {})();
    if (date > today) return form.setError("date", { type: "server", message: `${SERVER_MESSAGE}${t("futureDate")}` });
    setConfirmedFor(shown);
  }
  return (
    <form
      onSubmit={(e) => {
        if (!confirming) {
          e.preventDefault();
          return void review();
        }
        void submit((result) => onDone(result.message))(e);
      }}
      noValidate
      aria-labelledby={id("title")}
      className="mt-3 space-y-3 rounded-xl border border-brand-100 bg-brand-50 p-3"
    >
      <h4 id={id("title")} className="font-semibold text-slate-900">
        {t("settleTitle", { id: launch.id })}
      </h4>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <MoneyField
          id={id("original")}
          label={t("original")}
          value={launch.original}
          onChange={() => {}}
          readOnly
          error={fieldError("original")}
        />
        {money(
          "interest",
          t("interest"),
          proposed
            ? t("interestProposed", {
                days: proposed.days,
                rate: f.number(launch.lateCharges!.dailyInterestPercent),
              })
            : t("chargesUnknown"),
        )}
        {money(
          "fine",
          t("fine"),
          proposed ? t("fineProposed", { rate: f.number(launch.lateCharges!.finePercent) }) : undefined,
        )}
        {money("discount", t("discountWithScholarship"), t("discountHint", { value: f.money(launch.scholarship) }))}
      </div>
      <p className="text-sm text-slate-800" data-testid="settle-breakdown">
        {t("breakdown", {
          original: f.money(launch.original),
          interest: f.money(n(interest)),
          fine: f.money(n(fine)),
          discount: f.money(n(discount)),
          total: f.money(expected),
        })}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <MoneyField
          id={id("amount")}
          label={t("amount")}
          value={shownAmount}
          // Emptied, it follows the breakdown again.
          onChange={(v) => {
            setAmountTyped(v !== null);
            form.setValue("amount", v ?? expected, { shouldValidate: form.formState.isSubmitted });
          }}
          error={fieldError("amount")}
          hint={mismatch ? t("amountMismatch", { total: f.money(expected) }) : undefined}
        />
        <Field
          id={id("date")}
          type="date"
          label={t("settleDate")}
          max={today}
          error={fieldError("date")}
          {...form.register("date")}
        />
        <fieldset className="sm:col-span-2">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("accountKind")}</legend>
          <div className="flex flex-wrap gap-4">
            {(["bank", "none"] as const).map((kind) => (
              <label key={kind} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={id("mode")}
                  value={kind}
                  checked={mode === kind}
                  className="size-5"
                  onChange={() => {
                    setMode(kind);
                    form.setValue("bankAccount", kind === "bank" ? first("bank") : "");
                    form.setValue("noMovementAccount", kind === "none" ? first("none") : "");
                  }}
                />
                {kind === "bank" ? t("withMovement") : t("withoutMovement")}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <SelectField
        key={account}
        id={id("account")}
        label={mode === "bank" ? t("bankAccount") : t("noMovementAccount")}
        error={fieldError("bankAccount") ?? fieldError("noMovementAccount")}
        {...form.register(account)}
      >
        <option value="">{options.length ? t("accountPlaceholder") : t("noAccounts")}</option>
        {options.map((a) => (
          <option key={a.code} value={a.code}>
            {a.noMovement
              ? `${a.code} · ${a.description}`
              : `${a.code} · ${a.description} · ${t("bankShort", { bank: a.bank ?? "", agency: a.agency ?? "", account: a.account ?? "" })}`}
          </option>
        ))}
      </SelectField>
      <FormError text={error} />
      {confirming ? (
        <div
          role="alertdialog"
          aria-labelledby={id("confirm")}
          className="rounded-lg border border-amber-300 bg-amber-50 p-3"
          data-testid="settle-confirm"
        >
          <p id={id("confirm")} className="font-semibold text-slate-900">
            {t("settleSummary", {
              id: launch.id,
              date: f.date(date),
              original: f.money(launch.original),
              interest: f.money(n(interest)),
              fine: f.money(n(fine)),
              discount: f.money(n(discount)),
              total: f.money(expected),
              account: chosen ? `${chosen.code} · ${chosen.description}` : "—",
            })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? tc("sending") : t("settleYes", { total: f.money(expected) })}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirmedFor(null)}>
              {t("settleBack")}
            </Button>
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {confirming ? null : (
          <Button type="submit" disabled={pending}>
            {t("confirmSettle")}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onClose}>
          {tc("close")}
        </Button>
      </div>
    </form>
  );
}
