"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { useTranslations } from "use-intl";
import type * as z from "zod/mini";
import { SERVER_MESSAGE, useFieldErrorText } from "@/components/ui/use-field-error-text";
import type { SgeOpsResult } from "@/lib/sge/ops/result";

type Success<T> = Extract<SgeOpsResult<T>, { ok: true }>;

/**
 * One SGE back-office form on react-hook-form: validated with the action's own zod schema
 * (`zodResolver`, field codes worded by the one vocabulary), then sent to the action; the
 * action's field messages land on their fields, its error above the button. What was typed stays
 * in the form whatever happens; an expired session goes to the login page.
 */
export function useSgeForm<S extends z.ZodMiniType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: unknown) => Promise<SgeOpsResult<T>>,
  defaultValues: DefaultValues<z.input<S>>,
) {
  const t = useTranslations("sgeOps.errors");
  const words = useFieldErrorText();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    // Like the forms before: nothing is flagged until the first submit, then fields re-check as typed.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [error, setError] = useState<string | null>(null);

  /** A submit handler: `done` gets the action's success (RM's message). */
  const submit = (done: (result: Success<T>) => void) =>
    form.handleSubmit(
      async (data) => {
        setError(null);
        let result: SgeOpsResult<T>;
        try {
          result = await action(data);
        } catch {
          setError(t("network"));
          return;
        }
        if (result.ok) return done(result);
        if (result.code === "session_expired") {
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/login?expired=1");
          return;
        }
        setError(result.error);
        for (const [field, text] of Object.entries(result.fieldErrors ?? {}))
          form.setError(field as Path<z.input<S>>, { type: "server", message: `${SERVER_MESSAGE}${text}` });
      },
      () => setError(t("invalid")),
    );

  /** The field's error in words (the schema's code, or the action's message), or undefined. */
  const fieldError = (name: string): string | undefined =>
    words((get(form.formState.errors, name) as { message?: string } | undefined)?.message);

  return {
    form,
    submit,
    fieldError,
    error,
    pending: form.formState.isSubmitting,
    clearError: () => setError(null),
  };
}
