import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { messages } from "@/lib/i18n/messages";
import { wordsText } from "@/server/erp/error-text";
import { errorFromResponse } from "@/server/erp/errors";
import { problemOf, refusalProblem } from "@/server/services/draft-problem";

const en = createTranslator({ locale: "en", messages: messages.en, namespace: "erpErrors", timeZone: "UTC" });

// Issue 15: a refusal without the ERP's own words was stored as the portal's pt-BR text, so an
// English rep read Portuguese on the drafts page and the form. The draft keeps the code instead.
describe("the draft's last problem (order_drafts.error)", () => {
  it("keeps the stable code of a refusal without words of the ERP's own, worded in the reader's language", () => {
    const stored = refusalProblem(errorFromResponse(422, "<html>Unprocessable</html>"));
    expect(stored).toBe("erp.business");
    const problem = problemOf(stored);
    expect(problem).toEqual({ kind: "rejected", generic: "erp.business", message: "O ERP recusou a operação." });
    expect(problem?.kind === "rejected" && wordsText(problem, en)).toBe("The ERP rejected the operation.");
  });

  it("keeps the ERP's own words verbatim, and reads rows stored before codes as they were", () => {
    const own = errorFromResponse(422, JSON.stringify({ code: 422, message: "Cliente bloqueado" }));
    expect(refusalProblem(own)).toBe("erp:Cliente bloqueado");
    expect(problemOf("erp:Cliente bloqueado")).toEqual({ kind: "rejected", message: "Cliente bloqueado" });
    expect(problemOf("erp:O ERP recusou a operação.")).toEqual({
      kind: "rejected",
      message: "O ERP recusou a operação.",
    });
  });

  it('reads the other problems; anything else is "not sent", as before', () => {
    expect(problemOf(null)).toBeNull();
    expect(problemOf("not_sent")).toEqual({ kind: "not_sent" });
    expect(problemOf("sent:8f0c")).toEqual({ kind: "already_sent", queueId: "8f0c" });
    expect(problemOf("erp.nonsense")).toEqual({ kind: "not_sent" });
  });
});
