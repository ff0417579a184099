"use client";

import type { ComponentProps } from "react";
import { useTranslations } from "use-intl";
import {
  Fieldset,
  FormCheckInput,
  FormSelectInput,
  FormTextInput,
  useFormFieldError,
} from "@/components/ui/form-inputs";
import { SERVER_MESSAGE, type FieldTranslator } from "@/components/ui/use-field-error-text";
import type { EnrolmentValues } from "./values";

export { Fieldset, SERVER_MESSAGE };

/**
 * The enrolment wizard's inputs: the portal's form inputs (components/ui/form-inputs.tsx) with the
 * wizard's ids (`enrol-…`) and its own words for a few codes (`sgeEnrol.errors`: its texts differ
 * from `actions.field`, and what users see must not change).
 */
function useOwnWords(): FieldTranslator {
  return useTranslations("sgeEnrol.errors") as unknown as FieldTranslator;
}

export function useFieldError() {
  return useFormFieldError(useOwnWords());
}

type Unwired<P> = Omit<P, "idPrefix" | "own">;

export function TextInput(props: Unwired<ComponentProps<typeof FormTextInput<EnrolmentValues>>>) {
  return <FormTextInput<EnrolmentValues> idPrefix="enrol" own={useOwnWords()} {...props} />;
}

export function SelectInput(props: Unwired<ComponentProps<typeof FormSelectInput<EnrolmentValues>>>) {
  return <FormSelectInput<EnrolmentValues> idPrefix="enrol" own={useOwnWords()} {...props} />;
}

export function CheckInput(props: Unwired<ComponentProps<typeof FormCheckInput<EnrolmentValues>>>) {
  return <FormCheckInput<EnrolmentValues> idPrefix="enrol" own={useOwnWords()} {...props} />;
}
