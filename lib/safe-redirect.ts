/** Control characters and backslashes: browsers strip or rewrite them, which turns a path into another origin. */
const UNSAFE = /[\u0000-\u001f\u007f\\]/;
const ORIGIN = "http://portal.invalid";

/**
 * Where to go after sign-in or the initial load (`callbackUrl`, `next`): only a plain path on this
 * portal. The value is parsed as a URL against a stand-in origin and kept only when it stays on it;
 * tab, newline, CR and backslash — raw or percent-encoded — are refused outright, because
 * `/<TAB>/evil.example` reaches the browser as `//evil.example`. Anything refused goes to `fallback`.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/")) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (UNSAFE.test(value) || UNSAFE.test(decoded) || value.startsWith("//") || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.pathname === "/login" || url.pathname.startsWith("/login/") || url.pathname.startsWith("/api/"))
    return fallback;
  return path;
}
