"use client";

import { useEffect, useRef } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "use-intl";
import { normalizeCep } from "@/lib/br-registration";
import type { RegistrationForm as Values } from "@/lib/schemas/registration-form";
import { useCepLookup } from "./use-cep-lookup";

type Filled = Pick<Values, "street" | "neighborhood" | "city" | "cityCode" | "uf" | "ddd">;

/**
 * The CEP fills the address: street, district, city with its IBGE code and UF (and the DDD when the
 * phone has none), each still editable. What the rep typed is never overwritten: a field is filled
 * only when it is empty or still holds what the previous CEP filled. Returns the line under the CEP
 * field (searching, filled, not found, lookup unavailable — the form works without it).
 */
export function useCepFill(methods: UseFormReturn<Values, unknown, Values>): { message: string | null } {
  const tf = useTranslations("registration.fields");
  const zipcode = useWatch({ control: methods.control, name: "zipcode" });
  const cep = normalizeCep(zipcode);
  const lookup = useCepLookup(cep);
  const lastFilled = useRef<Partial<Filled>>({});

  const address = lookup.data;
  useEffect(() => {
    if (!address) return;
    const next: Filled = {
      street: address.address,
      neighborhood: address.neighborhood,
      city: address.city,
      cityCode: address.citycode,
      uf: address.uf,
      ddd: address.ddd,
    };
    const { getValues, setValue } = methods;
    for (const [field, value] of Object.entries(next) as [keyof Filled, string][]) {
      const current = getValues(field);
      const untouched = !current || current === lastFilled.current[field];
      if (value && untouched && current !== value) setValue(field, value, { shouldDirty: true, shouldValidate: true });
    }
    lastFilled.current = next;
  }, [address, methods]);

  if (cep.length !== 8) return { message: null };
  if (lookup.isFetching) return { message: tf("cepSearching") };
  if (address) return { message: tf("cepFound") };
  if (lookup.isError)
    return { message: lookup.message ?? (lookup.notFound ? tf("cepNotFound") : tf("cepUnavailable")) };
  return { message: null };
}
