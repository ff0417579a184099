"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { fetchJson } from "@/components/fetch-json";
import { describedBy, FieldFrame } from "@/components/ui/field";
import { inputClass, useFormFieldError } from "@/components/ui/form-inputs";
import { isUf } from "@/lib/br-registration";
import type { RegistrationForm as Values } from "@/lib/schemas/registration-form";

type Cities = { uf: string; cities: { ibge: string; name: string }[] };

const plain = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

/**
 * The city of the address: filled by the CEP (with its IBGE code), or typed with the UF's IBGE
 * list as suggestions when the CEP lookup is unavailable (loaded for that UF only, on focus). The
 * IBGE code follows the name: a name that is not one of the UF's cities has none, and the schema
 * asks for it.
 */
export function CityField({ idPrefix }: { idPrefix: string }) {
  const tf = useTranslations("registration.fields");
  const { register, setValue, control } = useFormContext<Values>();
  const [uf, cityCode] = useWatch({ control, name: ["uf", "cityCode"] });
  const errorOf = useFormFieldError();
  const error = errorOf("cityCode") ?? errorOf("city");
  const id = `${idPrefix}-city`;
  const listId = useId();
  const cities = useQuery({
    queryKey: ["cities", uf],
    queryFn: () => fetchJson<Cities>(`/api/cities?uf=${encodeURIComponent(uf)}`),
    enabled: isUf(uf),
    staleTime: Infinity,
  });
  const field = register("city");
  const hint = cityCode ? tf("cityHint", { code: cityCode }) : tf("cityPick");
  return (
    <FieldFrame id={id} label={tf("city")} hint={hint} error={error} className="sm:col-span-2">
      <input
        id={id}
        list={listId}
        autoComplete="address-level2"
        maxLength={60}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={inputClass(error)}
        {...field}
        onChange={(e) => {
          void field.onChange(e);
          const match = cities.data?.cities.find((c) => plain(c.name) === plain(e.target.value));
          setValue("cityCode", match?.ibge ?? "", { shouldDirty: true, shouldValidate: Boolean(match) });
        }}
      />
      <datalist id={listId}>
        {cities.data?.cities.map((c) => (
          <option key={c.ibge} value={c.name} />
        ))}
      </datalist>
    </FieldFrame>
  );
}
