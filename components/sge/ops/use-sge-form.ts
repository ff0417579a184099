"use client";

import { useEffect, useState } from "react";
import { get, useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { useTranslations } from "use-intl";
import type * as z from "zod/mini";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { SERVER_MESSAGE, useFieldErrorText } from "@/components/ui/use-field-error-text";
import type { SgeOpsResult } from "@/lib/sge/ops/result";

type Success<T> = Extract<SgeOpsResult<T>, { ok: true }>;

/**
 * One SGE back-office form on react-hook-form: validated with the action's own zod schema
 * (`lazyZodResolver`: the schema loads once the page is interactive, not with it; field codes
 * worded by the one vocabulary), then sent to the action; the
 * action's field messages land on their fields, its error above the button. What was typed stays
 * in the form whatever happens; an expired session goes to the login page.
 *
 * `toInput`: where what the form holds differs from what the action takes (a rate typed as text,
 * a field only one choice sends), the schema checks — and the action gets — `toInput(values)`.
 */
export function useSgeForm<S extends z.ZodMiniType<FieldValues, FieldValues>, T, V extends FieldValues>(
  loadSchema: () => Promise<S>,
  action: (input: unknown) => Promise<SgeOpsResult<T>>,
  defaultValues: V,
  toInput: (values: V) => unknown = (values) => values,
) {
  const t = useTranslations("sgeOps.errors");
  const words = useFieldErrorText();
  const [{ resolver, preload }] = useState(() => {
    const lazy = lazyZodResolver<FieldValues, z.output<S>>(loadSchema);
    const mapped: Resolver<V, unknown, z.output<S>> = (values, context, options) =>
      lazy.resolver(toInput(values) as FieldValues, context, options as never) as ReturnType<
        Resolver<V, unknown, z.output<S>>
      >;
    return { resolver: mapped, preload: lazy.preload };
  });
  useEffect(preload, [preload]);
  const form = useForm<V, unknown, z.output<S>>({
    resolver,
    defaultValues: defaultValues as DefaultValues<V>,
    // Like the forms before: nothing is flagged until the first submit, then fields re-check as typed.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [error, setError] = useState<string | null>(null);

  /** A submit handler: `done` gets the action's success (RM's message). */
  // A schema that cannot load (the connection dropped) fails the submit like a failed send.
  const submit = (done: (result: Success<T>) => void) => (event?: React.BaseSyntheticEvent) =>
    form
      .handleSubmit(
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
            form.setError(field as Path<V>, { type: "server", message: `${SERVER_MESSAGE}${text}` });
        },
        () => setError(t("invalid")),
      )(event)
      .catch(() => setError(t("network")));

  /** The field's error in words (the schema's code, or the action's message), or undefined. */
  // A list's own error (too few, too many) sits at `name.root` when the list is a field array.
  const fieldError = (name: string): string | undefined => {
    const error = get(form.formState.errors, name) as { message?: string; root?: { message?: string } } | undefined;
    return words(error?.message ?? error?.root?.message);
  };

  return {
    form,
    submit,
    fieldError,
    error,
    pending: form.formState.isSubmitting,
    clearError: () => setError(null),
  };
}
