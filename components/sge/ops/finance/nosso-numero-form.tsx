"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { nossoNumeroSchema } from "@/lib/sge/ops/schemas";
import type { Coligada, FinanceLaunch } from "@/lib/sge/ops/types";
import { changeNossoNumeroAction } from "@/server/actions/sge-ops";
import { FormError } from "../form-error";
import { useSgeAction } from "../use-sge-action";

/** AlteracaoNossoNumero: the launch's (and its boleto's) nosso número. */
export function NossoNumeroForm({
  contract,
  launch,
  onDone,
  onClose,
}: {
  contract: { coligada: Coligada; xnumpro: string };
  launch: FinanceLaunch;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("sgeOps.finance");
  const tc = useTranslations("sgeOps.common");
  const action = useSgeAction(nossoNumeroSchema, changeNossoNumeroAction);
  const [value, setValue] = useState(launch.nossoNumero ?? "");
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await action.submit({ ...contract, launchId: launch.id, nossoNumero: value });
    if (result) onDone(result.message);
  }
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="mt-3 space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3"
      aria-label={t("nossoNumeroTitle", { id: launch.id })}
    >
      <Field
        id={`nosso-${launch.id}`}
        label={t("nossoNumero")}
        value={value}
        maxLength={30}
        error={action.fieldErrors.nossoNumero}
        onChange={(e) => setValue(e.target.value)}
      />
      <FormError text={action.error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={action.pending}>
          {action.pending ? tc("sending") : tc("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {tc("close")}
        </Button>
      </div>
    </form>
  );
}
