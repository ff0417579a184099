"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { SgeResponsibleOnRecord, SgeStudentOnRecord } from "@/lib/types/sge";
import { lookupPeopleAction } from "@/server/actions/sge-enrol";

/**
 * The wizard's view of the people RM already has (issue 14 item 12): one server lookup per CPF/CNPJ
 * (masked data only ever reaches the browser), kept for the steps and the review. What the rep
 * confirms changing lives in the form (`onRecord`, `changes`); the server decides again on submit.
 */
export type PersonKind = "responsible" | "student";
export type Lookup<R> =
  { status: "loading" } | { status: "done"; record: R | null } | { status: "failed"; message: string };

type Context = {
  cache: Record<string, Lookup<SgeResponsibleOnRecord | SgeStudentOnRecord>>;
  request: (kind: PersonKind, key: string, coligada: number, doc: string) => void;
  /** The key whose record the form holds (`onRecord`), per kind: survives the steps' remounts. */
  appliedKey: (kind: PersonKind) => string | null;
  setAppliedKey: (kind: PersonKind, key: string | null) => void;
  /** Drops what was read for a kind (the server found a record the wizard did not show): the step reads it again. */
  forget: (kind: PersonKind) => void;
  canChangeBillingEmail: boolean;
};

const OnRecordContext = createContext<Context | null>(null);

export function OnRecordProvider({
  canChangeBillingEmail,
  children,
}: {
  canChangeBillingEmail: boolean;
  children: ReactNode;
}) {
  const [cache, setCache] = useState<Context["cache"]>({});
  const applied = useRef<Record<PersonKind, string | null>>({ responsible: null, student: null });
  const request = useCallback((kind: PersonKind, key: string, coligada: number, doc: string) => {
    setCache((c) => ({ ...c, [key]: { status: "loading" } }));
    lookupPeopleAction({ coligada, [kind]: doc })
      .then((result) =>
        setCache((c) => ({
          ...c,
          [key]: result.ok
            ? { status: "done", record: result.data[kind] }
            : { status: "failed", message: result.error },
        })),
      )
      .catch(() => setCache((c) => ({ ...c, [key]: { status: "failed", message: "" } })));
  }, []);
  const appliedKey = useCallback((kind: PersonKind) => applied.current[kind], []);
  const setAppliedKey = useCallback((kind: PersonKind, key: string | null) => {
    applied.current[kind] = key;
  }, []);
  const forget = useCallback((kind: PersonKind) => {
    applied.current[kind] = null;
    setCache((c) => Object.fromEntries(Object.entries(c).filter(([key]) => !key.startsWith(`${kind}|`))));
  }, []);
  const value = useMemo(
    () => ({ cache, request, appliedKey, setAppliedKey, forget, canChangeBillingEmail }),
    [cache, request, appliedKey, setAppliedKey, forget, canChangeBillingEmail],
  );
  return <OnRecordContext.Provider value={value}>{children}</OnRecordContext.Provider>;
}

export function useOnRecordContext(): Context {
  const context = useContext(OnRecordContext);
  if (!context) throw new Error("OnRecordProvider missing");
  return context;
}
