import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { contractSearchKinds, type ContractSearchKind } from "@/lib/sge/ops/limits";
import { getTranslations } from "@/server/i18n";
import { SelectField } from "@/components/ui/select-field";

/** A plain GET form (works without JavaScript): the page reads `?kind=&q=`. */
export async function ContractSearch({ kind, q, error }: { kind: ContractSearchKind; q: string; error?: string }) {
  const t = await getTranslations("sgeOps.finance");
  return (
    <form
      method="get"
      action="/sge/finance"
      role="search"
      aria-label={t("searchTitle")}
      className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-[14rem_1fr_auto] sm:items-start"
    >
      <SelectField id="search-kind" name="kind" label={t("searchBy")} defaultValue={kind}>
        {contractSearchKinds.map((k) => (
          <option key={k} value={k}>
            {t(`searchKinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <Field
        id="search-q"
        name="q"
        label={t("searchValue")}
        defaultValue={q}
        maxLength={30}
        aria-required
        hint={t("searchHint")}
        error={error}
        autoComplete="off"
      />
      <Button type="submit" className="sm:mt-6">
        {t("searchSubmit")}
      </Button>
    </form>
  );
}
