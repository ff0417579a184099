"use client";

import { useFormatter, useTranslations } from "use-intl";
import type { SaveState } from "./use-draft-autosave";

/** The draft's save state in words (`{namespace}.idle|saving|saved|offline`), announced politely. */
export function SaveStatus({
  state,
  namespace,
}: {
  state: SaveState;
  namespace: "orderForm.save" | "sgeEnrol.save" | "registration.save";
}) {
  const t = useTranslations(namespace);
  const format = useFormatter();
  const text =
    state.kind === "saving"
      ? t("saving")
      : state.kind === "saved"
        ? t("saved", { time: format.dateTime(state.at, { hour: "2-digit", minute: "2-digit", second: "2-digit" }) })
        : state.kind === "offline"
          ? t("offline")
          : state.kind === "failed"
            ? state.message
            : t("idle");
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${state.kind === "offline" || state.kind === "failed" ? "font-medium text-amber-800" : "text-slate-700"}`}
      data-testid="draft-status"
    >
      {text}
    </p>
  );
}
