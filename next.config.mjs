// JavaScript, not TypeScript: a next.config.ts is compiled by SWC each time the server starts, and
// loading SWC's native binary for it kept ~25 MB in every portal process (issue 20: RSS ≤ 400 MB).
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `forbidden()` (a 403 page that says "sem permissão") for SGE pages a role does not open.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
  // PGlite ships WASM + data files it resolves at runtime; keep it out of the server bundle.
  // pdfkit reads its standard fonts (AFM files) from its own folder at run time: the same.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit"],
  // Messages reach use-intl precompiled (server/i18n.ts `compiledMessages`): its formatter is swapped
  // for the compiled-message runtime, on the server and in the browser, and no ICU parser ships.
  turbopack: { resolveAlias: { "use-intl/format-message": "use-intl/format-message/format-only" } },
  // Security headers that do not depend on the request; the CSP with its per-request nonce is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
        ],
      },
    ];
  },
};

export default nextConfig;
