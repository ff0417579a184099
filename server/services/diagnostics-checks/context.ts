import "server-only";
import type {
  DiagnosticCheck,
  DiagnosticDetailCode,
  DiagnosticFixCode,
  DiagnosticNote,
  DiagnosticStatus,
  DiagnosticValues,
} from "@/lib/diagnostics";
import type { Tenant } from "@/lib/erp/tenant";
import type { SgeConnectionConfig } from "@/server/env";
import { ErpError } from "@/server/erp/errors";
import type { EndpointMap } from "@/server/erp/protheus/endpoints";
import type { ErpTarget } from "@/server/erp/protheus/transport";

/**
 * What every check of a diagnostics run sees: the alias as configured and the ERP as the signed-in
 * administrator (the page) or the CLI's user reaches it. Built by `server/services/diagnostics.ts`
 * for both, so the page and `npm run doctor` run the same checks on the same inputs.
 */
export type DiagnosticsContext = {
  alias: string;
  mode: "direct" | "mingle";
  /** The ERP with the user's token (REST root, or the Mingle gateway), in the tenant being checked. */
  session: () => Promise<ErpTarget>;
  /** The Protheus REST root itself, reachable without a token; null when unknown (a Mingle alias without REST_URL). */
  restUrl: string | null;
  /** Where unauthenticated public calls go: the REST root, or the gateway in Mingle mode. */
  publicBase: string;
  tenant: Tenant;
  /** Direct mode: the alias' tenants (ERP_ALIASES); Mingle mode: the set's own. */
  tenants: Tenant[];
  /** Companies other aliases on the same REST root use (PrepareIn serves them too). */
  otherCompanies: string[];
  /** Mingle mode: the set's EMPRESA/FILIAL as Mingle gave them (empty strings when missing); null in direct mode. */
  mingleSet: { company: string; branch: string } | null;
  /** The alias' endpoint overrides (ERP_ALIASES `endpoints`). */
  endpoints: EndpointMap;
  sge: SgeConnectionConfig | null;
  minimumPackage: string;
  /** Absolute time (ms) after which a check's ERP calls stop: set per check by the runner. */
  deadline: number;
};

/** What a check answers; the runner adds the id, the label's subject and the measured time. */
export type CheckOutcome = {
  status: DiagnosticStatus;
  detail?: DiagnosticNote<DiagnosticDetailCode> | null;
  fix?: DiagnosticNote<DiagnosticFixCode> | null;
  /** The latency the check measured itself (a shared probe's per-endpoint time) instead of its run time. */
  ms?: number;
};

export type Check = {
  id: string;
  check: DiagnosticCheck;
  subject?: string;
  /** Checks whose failure makes this one meaningless: it is then skipped with `skipped` as detail. */
  needs?: { id: string; skipped: DiagnosticDetailCode }[];
  /** Advice when the check runs out of time or meets an unexpected ERP failure. */
  fixOnError?: DiagnosticNote<DiagnosticFixCode>;
  run: (ctx: DiagnosticsContext) => Promise<CheckOutcome>;
};

export const note = <C extends string>(code: C, values?: DiagnosticValues): DiagnosticNote<C> =>
  values ? { code, values } : { code };

/** An ERP failure in words a support ticket may carry: whether it answered, and with which HTTP status. */
export function failureDetail(error: unknown): DiagnosticNote<DiagnosticDetailCode> {
  if (error instanceof ErpError) {
    if (error.kind === "invalid_response") return note("invalidAnswer");
    if (error.status !== null && error.status >= 400) return note("callFailed", { status: error.status });
    return note("noAnswer");
  }
  return note("invalidAnswer");
}

export const isHttp = (error: unknown, status: number) => error instanceof ErpError && error.status === status;

/** A URL as a report may show it: no credentials, query or fragment. */
export function safeUrl(raw: string): string {
  const url = URL.parse(raw);
  return url ? `${url.origin}${url.pathname}` : "";
}
