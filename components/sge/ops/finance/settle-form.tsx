"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { settlementTotal } from "@/lib/sge/ops/amounts";
import { settleSchema } from "@/lib/sge/ops/schemas";
import type { CashAccount, Coligada, FinanceLaunch } from "@/lib/sge/ops/types";
import { settleLaunchAction } from "@/server/actions/sge-ops";
import { FormError } from "../form-error";
import { MoneyField } from "@/components/ui/money-field";
import { SelectField } from "@/components/ui/select-field";
import { useSgeAction } from "../use-sge-action";
import { useSgeFormat } from "../use-sge-format";

type Props = {
  contract: { coligada: Coligada; xnumpro: string };
  launch: FinanceLaunch;
  accounts: CashAccount[];
  today: string;
  onDone: (message: string) => void;
  onClose: () => void;
};

const n = (v: number | null) => (v === null || Number.isNaN(v) ? 0 : v);

/**
 * BaixaTitulo of one open launch. ValorBaixa must equal original + interest + fine − discount to
 * the centavo (the discount includes the scholarship, per the seed): the sum is shown as it is
 * typed and checked again before sending. Bank movement or not: exactly one kind of cash account.
 */
export function SettleForm({ contract, launch, accounts, today, onDone, onClose }: Props) {
  const t = useTranslations("sgeOps.finance");
  const tc = useTranslations("sgeOps.common");
  const f = useSgeFormat();
  const action = useSgeAction(settleSchema, settleLaunchAction);
  const [interest, setInterest] = useState<number | null>(0);
  const [fine, setFine] = useState<number | null>(0);
  const [discount, setDiscount] = useState<number | null>(launch.scholarship);
  const [amount, setAmount] = useState<number | null>(null);
  const [date, setDate] = useState(today);
  const bankAccounts = accounts.filter((a) => !a.noMovement);
  const noMovementAccounts = accounts.filter((a) => a.noMovement);
  const [mode, setMode] = useState<"bank" | "none">(
    bankAccounts.length || !noMovementAccounts.length ? "bank" : "none",
  );
  const [account, setAccount] = useState((mode === "bank" ? bankAccounts : noMovementAccounts)[0]?.code ?? "");

  const expected = settlementTotal({
    original: launch.original,
    interest: n(interest),
    fine: n(fine),
    discount: n(discount),
  });
  // ValorBaixa follows the breakdown until the user types their own amount.
  const shownAmount = amount ?? expected;
  const mismatch = shownAmount !== expected;
  const id = (name: string) => `settle-${launch.id}-${name}`;
  const err = action.fieldErrors;

  const input = () => ({
    ...contract,
    launchId: launch.id,
    original: launch.original,
    interest,
    fine,
    discount,
    amount: shownAmount,
    date,
    bankAccount: mode === "bank" ? account : "",
    noMovementAccount: mode === "none" ? account : "",
  });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await action.submit(input());
    if (result) onDone(result.message);
  }

  const options = mode === "bank" ? bankAccounts : noMovementAccounts;
  return (
    <form
      onSubmit={(e) => void submit(e)}
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
          error={err.original}
        />
        <MoneyField
          id={id("interest")}
          label={t("interest")}
          value={interest}
          onChange={setInterest}
          error={err.interest}
        />
        <MoneyField id={id("fine")} label={t("fine")} value={fine} onChange={setFine} error={err.fine} />
        <MoneyField
          id={id("discount")}
          label={t("discountWithScholarship")}
          hint={t("discountHint", { value: f.money(launch.scholarship) })}
          value={discount}
          onChange={setDiscount}
          error={err.discount}
        />
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
          onChange={setAmount}
          error={err.amount}
          hint={mismatch ? t("amountMismatch", { total: f.money(expected) }) : undefined}
        />
        <Field
          id={id("date")}
          type="date"
          label={t("settleDate")}
          value={date}
          max="9999-12-31"
          error={err.date}
          onChange={(e) => setDate(e.target.value)}
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
                    setAccount((kind === "bank" ? bankAccounts : noMovementAccounts)[0]?.code ?? "");
                  }}
                />
                {kind === "bank" ? t("withMovement") : t("withoutMovement")}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <SelectField
        id={id("account")}
        label={mode === "bank" ? t("bankAccount") : t("noMovementAccount")}
        value={account}
        error={err.bankAccount ?? err.noMovementAccount}
        onChange={(e) => setAccount(e.target.value)}
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
      <FormError text={action.error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={action.pending}>
          {action.pending ? tc("sending") : t("confirmSettle")}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {tc("close")}
        </Button>
      </div>
    </form>
  );
}
