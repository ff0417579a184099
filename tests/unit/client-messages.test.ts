import { describe, expect, it } from "vitest";
import { clientScopes, scopedMessages, type ClientScope } from "@/lib/i18n/client-scopes";
import { messages } from "@/lib/i18n/messages";
import { clientNamespaces, portalPages, scopeOfPage } from "@/scripts/client-namespaces.mjs";

const SHELL = ["app/(portal)/layout.tsx", "app/(portal)/error.tsx"];

/**
 * Each page sends the browser only the message namespaces its client components read (issue 15).
 * Risk: a component reads a namespace its page does not send, and the rep sees "orderForm.total"
 * instead of words; or a page ships the whole catalogue again.
 */
describe("client messages per page", () => {
  const pages = portalPages().map((page) => ({
    page,
    ...scopeOfPage(page),
    ...clientNamespaces(scopeOfPage(page).files),
  }));

  it("the scan reads every use-intl call (no namespace it cannot see)", () => {
    expect(pages.flatMap((p) => p.dynamic)).toEqual([]);
    expect(clientNamespaces(SHELL).dynamic).toEqual([]);
    // The scan does find what a page reads: the order form's namespace on the new-order page.
    expect(pages.find((p) => p.page === "app/(portal)/orders/new/page.tsx")?.names).toContain("orderForm");
  });

  it("the shell sends exactly what the header, menu, bell and error page read", () => {
    expect([...clientScopes.shell].sort()).toEqual(clientNamespaces(SHELL).names);
  });

  // A component with its own <ClientMessages scope> (the contacts section) counts as a page of that scope.
  const nested = pages.flatMap((p) =>
    p.nested.map((inner) => ({
      page: `${p.page} → ${inner.file}`,
      scope: inner.scope,
      ...clientNamespaces([inner.file]),
    })),
  );
  const everyScope = [...pages, ...nested];

  it("every page gets what its client components read from its scope, or from the shell when it has none", () => {
    expect(nested.map((n) => n.scope)).toContain("contacts");
    for (const { page, scope, names } of everyScope) {
      const sent: readonly string[] = scope ? clientScopes[scope as ClientScope] : clientScopes.shell;
      expect(sent, `${page} (scope ${scope ?? "shell"})`).toBeDefined();
      expect(
        names.filter((n) => !sent.includes(n)),
        `${page} (scope ${scope ?? "shell"})`,
      ).toEqual([]);
    }
  });

  it("no scope sends a namespace none of its pages reads", () => {
    for (const [scope, sent] of Object.entries(clientScopes)) {
      if (scope === "shell") continue;
      const read = new Set(everyScope.filter((p) => p.scope === scope).flatMap((p) => p.names));
      expect(
        everyScope.some((p) => p.scope === scope),
        `scope ${scope} is used`,
      ).toBe(true);
      expect(
        sent.filter((n) => !read.has(n)),
        `scope ${scope}`,
      ).toEqual([]);
    }
  });

  it("a page sends a fraction of the catalogue", () => {
    const whole = JSON.stringify(messages["pt-BR"]).length;
    const form = JSON.stringify(scopedMessages(messages["pt-BR"], "orderForm")).length;
    const shell = JSON.stringify(scopedMessages(messages["pt-BR"], "shell")).length;
    expect(form + shell).toBeLessThan(whole / 2);
  });
});
