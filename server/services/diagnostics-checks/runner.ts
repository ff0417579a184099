import "server-only";
import type { DiagnosticResult } from "@/lib/diagnostics";
import { ErpError } from "@/server/erp/errors";
import { log } from "@/server/log";
import { failureDetail, note, type Check, type CheckOutcome, type DiagnosticsContext } from "./context";

/** One check's budget: its ERP calls stop at this deadline, and the row says so if it is reached. */
export const CHECK_TIMEOUT_MS = 10_000;

/**
 * Checks running at once: enough to finish in about the slowest check's time, few enough that a
 * row's latency is the ERP's and not a queue of forty calls made to it at the same moment.
 */
const PARALLEL_CHECKS = 6;

/** A counting semaphore: `run` waits for a free slot. */
function slots(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

class CheckTimeout extends Error {}

/** The check's outcome, or a timeout once its budget is spent (its calls carry the same deadline). */
async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function measure(check: Check, ctx: DiagnosticsContext): Promise<CheckOutcome & { ms: number }> {
  // Elapsed time of the check's own calls (a measurement, not a business instant).
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const outcome = await within(check.run({ ...ctx, deadline: Date.now() + CHECK_TIMEOUT_MS }), CHECK_TIMEOUT_MS);
    return { ...outcome, ms: outcome.ms ?? elapsed() };
  } catch (error) {
    if (error instanceof CheckTimeout)
      return {
        status: "failed",
        detail: note("timedOut", { seconds: CHECK_TIMEOUT_MS / 1000 }),
        fix: note("timedOut"),
        ms: elapsed(),
      };
    // An ERP failure is the finding; anything else is a defect of the check, logged with a correlation id.
    if (!(error instanceof ErpError)) log.unexpected("diagnostics.check_failed", error, { check: check.id });
    return {
      status: "failed",
      detail: failureDetail(error),
      fix: check.fixOnError ?? note("erpFailure"),
      ms: elapsed(),
    };
  }
}

/**
 * Runs the checks in parallel (PARALLEL_CHECKS at a time, in their order); a check waits only for
 * the checks it needs, and is skipped (without calling the ERP) when one of them failed or was
 * skipped. Results keep the checks' order.
 */
export async function runChecks(ctx: DiagnosticsContext, checks: readonly Check[]): Promise<DiagnosticResult[]> {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const running = new Map<string, Promise<DiagnosticResult>>();
  // A slot is taken only once the needs are settled: a check waiting for another never holds one.
  const slot = slots(PARALLEL_CHECKS);

  const resultOf = (check: Check): Promise<DiagnosticResult> => {
    let result = running.get(check.id);
    if (result) return result;
    result = (async () => {
      for (const need of check.needs ?? []) {
        const dependency = byId.get(need.id);
        const status = dependency ? (await resultOf(dependency)).status : "skipped";
        if (status === "failed" || status === "skipped")
          return row(check, { status: "skipped", detail: note(need.skipped), ms: 0 });
      }
      return row(check, await slot(() => measure(check, ctx)));
    })();
    running.set(check.id, result);
    return result;
  };

  return Promise.all(checks.map(resultOf));
}

function row(check: Check, outcome: CheckOutcome & { ms: number }): DiagnosticResult {
  return {
    id: check.id,
    check: check.check,
    subject: check.subject ?? null,
    status: outcome.status,
    ms: outcome.ms,
    detail: outcome.detail ?? null,
    fix: outcome.status === "ok" ? null : (outcome.fix ?? null),
  };
}
