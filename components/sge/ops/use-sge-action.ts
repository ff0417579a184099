"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import type * as z from "zod/mini";
import { loadOnce } from "@/components/ui/lazy-resolver";
import { useFieldErrorWords } from "@/components/ui/use-field-error-text";
import { fieldCodes } from "@/lib/field-errors";
import type { SgeOpsResult } from "@/lib/sge/ops/result";

/**
 * One SGE operation from a form: validates with the action's own schema first (field messages,
 * nothing sent; the schema loads once the page is interactive, not with it), then calls the action. What was typed stays in the form whatever happens; an
 * expired session goes to the login page.
 */
export function useSgeAction<S extends z.ZodMiniType, T>(
  loadSchema: () => Promise<S>,
  action: (input: unknown) => Promise<SgeOpsResult<T>>,
) {
  const [schema] = useState(() => loadOnce(loadSchema));
  // Loads once the page is interactive; a failure shows at the submit that needs it.
  useEffect(() => void schema().catch(() => undefined), [schema]);
  const t = useTranslations("sgeOps.errors");
  const words = useFieldErrorWords();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  /** Field messages for `input` as the schema sees it, without sending anything. */
  async function check(input: unknown): Promise<Record<string, string>> {
    const parsed = (await schema()).safeParse(input);
    return parsed.success ? {} : words(fieldCodes(parsed.error));
  }

  async function submit(input: unknown): Promise<Extract<SgeOpsResult<T>, { ok: true }> | null> {
    let local: Record<string, string>;
    try {
      local = await check(input);
    } catch {
      setError(t("network"));
      return null;
    }
    setFieldErrors(local);
    if (Object.keys(local).length) {
      setError(t("invalid"));
      return null;
    }
    setPending(true);
    setError(null);
    try {
      const result = await action(input);
      if (result.ok) return result;
      if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
        return null;
      }
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
      return null;
    } catch {
      setError(t("network"));
      return null;
    } finally {
      setPending(false);
    }
  }

  return {
    submit,
    check,
    pending,
    error,
    fieldErrors,
    setFieldErrors,
    clear: () => (setError(null), setFieldErrors({})),
  };
}
