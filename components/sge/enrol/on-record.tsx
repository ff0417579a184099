"use client";

import { useCallback, useEffect, type ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { documentKind, normalizeDocument } from "@/lib/br-documents";
import type { SgeResponsibleOnRecord, SgeStudentOnRecord } from "@/lib/types/sge";
import { useOnRecordContext, type Lookup, type PersonKind } from "./on-record-context";
import type { EnrolmentValues } from "./values";

/**
 * The people steps' side of the on-record view (issue 14 item 12): the lookup by document, the
 * form kept in step with it, and the group rows. The context (on-record-context.tsx) loads with the
 * wizard; this loads with the steps, the document rules with it.
 */

export type { Lookup, PersonKind };
type RecordOf<K extends PersonKind> = K extends "responsible" ? SgeResponsibleOnRecord : SgeStudentOnRecord;

export const useCanChangeBillingEmail = () => useOnRecordContext().canChangeBillingEmail;

/** The lookup key of a document: null while it is not a valid CPF (student) or CPF/CNPJ (responsible). */
function lookupKey(kind: PersonKind, coligada: number, doc: string): string | null {
  const kindOf = documentKind(doc ?? "");
  if (!kindOf || (kind === "student" && kindOf !== "cpf") || !Number.isInteger(coligada) || coligada <= 0) return null;
  return `${kind}|${coligada}|${normalizeDocument(doc)}`;
}

/** RM's record of the document, looked up once per document (on the server, masked). */
export function usePersonLookup<K extends PersonKind>(kind: K, coligada: number, doc: string) {
  const { cache, request } = useOnRecordContext();
  const key = lookupKey(kind, coligada, doc);
  const lookup = key ? (cache[key] as Lookup<RecordOf<K>> | undefined) : undefined;
  useEffect(() => {
    if (key && !cache[key]) request(kind, key, coligada, doc);
  }, [key, cache, request, kind, coligada, doc]);
  const retry = useCallback(() => key && request(kind, key, coligada, doc), [key, request, kind, coligada, doc]);
  return { key, lookup, retry };
}

/**
 * Keeps the form in step with the lookup: a record found for a new document fills the form
 * (`apply`: onRecord, RM's values, the masked fields empty); a document changed away from an
 * on-record person clears what came from RM (`clear`). A draft reopened with `onRecord` keeps the
 * rep's ticks.
 */
export function useRecordSync<K extends PersonKind>(
  kind: K,
  key: string | null,
  lookup: Lookup<RecordOf<K>> | undefined,
  apply: (record: RecordOf<K>) => void,
  clear: () => void,
) {
  const { appliedKey, setAppliedKey } = useOnRecordContext();
  const { control } = useFormContext<EnrolmentValues>();
  const onRecord = useWatch({ control, name: `${kind}.onRecord` });
  useEffect(() => {
    const current = appliedKey(kind);
    if (current && current !== key) {
      setAppliedKey(kind, null);
      if (onRecord) clear();
      return;
    }
    if (!key || lookup?.status !== "done" || current === key) return;
    setAppliedKey(kind, key);
    if (lookup.record && !onRecord) apply(lookup.record);
    else if (!lookup.record && onRecord) clear();
  }, [kind, key, lookup, onRecord, apply, clear, appliedKey, setAppliedKey]);
}

/** One field (or group) of a person on record: RM's value, and the rep's "change" tick revealing the inputs. */
export function OnRecordGroup({
  kind,
  group,
  label,
  value,
  locked,
  lockedHint,
  onUntick,
  children,
}: {
  kind: PersonKind;
  group: string;
  label: string;
  value: string;
  /** The rep may not change it (an existing responsible's billing e-mail, for a non-finance login). */
  locked?: boolean;
  lockedHint?: string;
  /** Untick: the group's inputs go back to RM's value (or empty when masked). */
  onUntick: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("sgeEnrol.onRecord");
  const { control, setValue } = useFormContext<EnrolmentValues>();
  const changes = (useWatch({ control, name: `${kind}.changes` }) ?? []) as string[];
  const ticked = changes.includes(group);
  const emptyOnRecord = value === "";
  const id = `on-record-${kind}-${group}`;
  const toggle = (on: boolean) => {
    setValue(
      `${kind}.changes`,
      (on ? [...changes, group] : changes.filter((c) => c !== group)) as EnrolmentValues["responsible"]["changes"],
      { shouldDirty: true },
    );
    if (!on) onUntick();
  };
  return (
    <div className="rounded-lg border border-slate-200 p-3 sm:col-span-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="text-sm text-slate-600">{label}</p>
          <p className="font-medium text-slate-900" data-testid={id}>
            {emptyOnRecord ? <span className="text-slate-600 italic">{t("empty")}</span> : value}
          </p>
        </div>
        {emptyOnRecord ? null : (
          <label htmlFor={id + "-tick"} className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-900">
            <input
              id={id + "-tick"}
              type="checkbox"
              className="size-5 accent-brand-600"
              checked={ticked}
              disabled={locked}
              aria-describedby={locked ? `${id}-locked` : undefined}
              onChange={(e) => toggle(e.target.checked)}
            />
            {t("change")}
            <span className="sr-only"> {label}</span>
          </label>
        )}
      </div>
      {locked && lockedHint ? (
        <p id={`${id}-locked`} className="mt-1 text-sm text-slate-700">
          {lockedHint}
        </p>
      ) : null}
      {ticked || emptyOnRecord ? (
        <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
          {emptyOnRecord ? <p className="text-sm text-slate-700 sm:col-span-2">{t("fillIn")}</p> : null}
          {children}
        </div>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("kept")}</p>
      )}
    </div>
  );
}

/** The lookup's state line: checking, found (what), not found, or failed with a retry. */
export function LookupStatus({
  lookup,
  found,
  retry,
}: {
  lookup: Lookup<unknown> | undefined;
  found: string;
  retry: () => void;
}) {
  const t = useTranslations("sgeEnrol.onRecord");
  if (!lookup) return null;
  if (lookup.status === "loading")
    return (
      <p role="status" className="text-sm text-slate-700 sm:col-span-2">
        {t("checking")}
      </p>
    );
  if (lookup.status === "failed")
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 sm:col-span-2"
      >
        {t("failed", { message: lookup.message })}
        <button
          type="button"
          onClick={retry}
          className="min-h-11 rounded-lg px-3 font-semibold text-brand-700 underline hover:bg-amber-100"
        >
          {t("retry")}
        </button>
      </div>
    );
  return (
    <div
      role="status"
      className="rounded-lg bg-slate-50 p-3 text-sm text-slate-800 sm:col-span-2"
      data-testid="on-record-status"
    >
      {lookup.record ? (
        <>
          <p className="font-semibold">{found}</p>
          <p className="mt-1">{t("instructions")}</p>
        </>
      ) : (
        t("notFound")
      )}
    </div>
  );
}
