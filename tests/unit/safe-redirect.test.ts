import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

// Risk: the login page's callbackUrl (or the load page's `next`) sends a freshly signed-in rep to
// a phishing copy of the portal. Browsers strip tab/CR/LF and read `\` as `/`, so each of these
// would leave the origin after sign-in.
describe("safe redirects after sign-in", () => {
  it.each([
    ["tab, as Next hands it over", "/\t/evil.example/x"],
    ["tab, encoded", "/%09/evil.example/x"],
    ["newline, encoded", "/%0A/evil.example"],
    ["newline, raw", "/\n/evil.example"],
    ["carriage return, encoded", "/%0D/evil.example"],
    ["backslash, encoded", "/%5C/evil.example"],
    ["backslash, encoded twice over a slash", "/%5C%5Cevil.example"],
    ["protocol-relative", "//evil.example/x"],
    ["slash-backslash", "/\\evil.example"],
    ["scheme without slashes", "https:evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["javascript:", "javascript:alert(1)"],
    ["encoded slash pair", "/%2F/evil.example"],
    ["credentials in the authority", "//user:pass@evil.example"],
    ["not a path", "orders"],
    ["malformed encoding", "/%E0%A4%A"],
    ["back to the login by dot segments", "/orders/../login"],
    ["the API", "/api/orders/export"],
  ])("refuses %s", (_name, value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("keeps a plain path of the portal with its query and hash", () => {
    expect(safeCallbackPath("/orders/000123?tab=items#history")).toBe("/orders/000123?tab=items#history");
    expect(safeCallbackPath("/customers?q=S%C3%A3o%20Paulo")).toBe("/customers?q=S%C3%A3o%20Paulo");
    expect(safeCallbackPath("/loginhelp")).toBe("/loginhelp");
    expect(safeCallbackPath(null, "/orders")).toBe("/orders");
  });
});
