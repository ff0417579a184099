import { inject } from "vitest";
import { testBusinessDate } from "../../scripts/business-date.mjs";
import { sandboxCepUrl } from "../../scripts/demo-config.mjs";

// Portal server code under test reads its configuration through server/env.ts (lazily), so the
// environment is set here, before any test file imports it. DATABASE_URL, when the runner sets it,
// switches the store to PostgreSQL; otherwise an in-memory PGlite.
const sandboxUrl = inject("sandboxUrl");
// The portal's business date is the sandbox's (sandbox-process.ts): one pinned date for the suite.
process.env.BUSINESS_DATE = testBusinessDate();
process.env.AUTH_SECRET ??= "integration-secret-0123456789abcdef0123456789";
process.env.PORTAL_DATA_DIR ??= "memory";
process.env.LOGIN_DEADLINE_MS ??= "10000";
process.env.ERP_TIMEOUT_MS ??= "8000";
process.env.ERP_ALIASES = JSON.stringify({
  demo: {
    restUrl: `${sandboxUrl}/rest`,
    tenants: [
      { company: "01", branch: "01" },
      { company: "01", branch: "02" },
    ],
  },
  norte: { restUrl: `${sandboxUrl}/rest`, tenants: [{ company: "02", branch: "01" }] },
  // Nothing listens on port 9 (discard): the ERP is unreachable.
  offline: { restUrl: "http://127.0.0.1:9/rest", tenants: [{ company: "01", branch: "01" }] },
  // Same ERP, but the portal allows only branch 02 of company 01.
  fortaleza: { restUrl: `${sandboxUrl}/rest`, tenants: [{ company: "01", branch: "02" }] },
});
// The registration forms' CEP lookup: the sandbox's ViaCEP stand-in (sandbox/cep.ts).
process.env.CEP_LOOKUP_URL = sandboxCepUrl(sandboxUrl);
process.env.SGE_CONNECTIONS = JSON.stringify({
  demo: { url: `${sandboxUrl}/rm/api`, user: "integracao", password: "integracao123", financeLogins: ["fabio"] },
  // Nothing listens on port 9: SGE is unreachable.
  offline: { url: "http://127.0.0.1:9/rm/api", user: "integracao", password: "integracao123" },
});
