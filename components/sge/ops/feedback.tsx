"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { TechnicalText } from "@/components/ui/technical-text";

/** `text`: the portal's words for what happened; `detail`: RM's own message, behind "detalhes". */
type Feedback = { tone: "ok" | "error"; text: string; detail?: string } | null;

const FeedbackContext = createContext<(feedback: Feedback) => void>(() => {});

/**
 * The page's answer line: an operation's panel closes when RM accepts it (the page refreshes and
 * the row may change or vanish), so RM's message is shown here, above the content.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const t = useTranslations("sgeOps.common");
  const tc = useTranslations("common");
  return (
    <FeedbackContext.Provider value={setFeedback}>
      <div aria-live="polite" role="status" className="empty:hidden" data-testid="sge-feedback">
        {feedback ? (
          <div
            className={`mb-4 flex items-start justify-between gap-3 rounded-xl border p-3 text-sm font-medium ${feedback.tone === "ok" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900"}`}
          >
            <TechnicalText text={feedback.text} detail={feedback.detail} detailsLabel={tc("details")} />
            <button
              type="button"
              className="min-h-11 min-w-11 rounded-lg px-2 underline"
              onClick={() => setFeedback(null)}
            >
              {t("dismiss")}
            </button>
          </div>
        ) : null}
      </div>
      {children}
    </FeedbackContext.Provider>
  );
}

export const useFeedback = () => useContext(FeedbackContext);
