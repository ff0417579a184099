"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { Coligada, FinanceLaunch } from "@/lib/sge/ops/types";
import { changeNossoNumeroAction } from "@/server/actions/sge-ops";
import { FormError } from "../form-error";
import { useSgeForm } from "../use-sge-form";
import { lazySgeSchema } from "../lazy-schema";

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
  const { form, submit, fieldError, error, pending } = useSgeForm(
    lazySgeSchema("nossoNumeroSchema"),
    changeNossoNumeroAction,
    {
      ...contract,
      launchId: launch.id,
      nossoNumero: launch.nossoNumero ?? "",
    },
  );
  return (
    <form
      onSubmit={(e) => void submit((result) => onDone(result.message))(e)}
      noValidate
      className="mt-3 space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3"
      aria-label={t("nossoNumeroTitle", { id: launch.id })}
    >
      <Field
        id={`nosso-${launch.id}`}
        label={t("nossoNumero")}
        maxLength={30}
        error={fieldError("nossoNumero")}
        {...form.register("nossoNumero")}
      />
      <FormError text={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("sending") : tc("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {tc("close")}
        </Button>
      </div>
    </form>
  );
}
