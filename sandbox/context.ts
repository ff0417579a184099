import type { HttpBindings } from "@hono/node-server";
import { pinnedClock } from "../lib/today";
import { isoOfProtheus } from "./orders/dates";
import type { RuntimeSwitches, SandboxSettings } from "./config";
import type { Database } from "./db";
import type { FaultStore } from "./faults";
import type { ProtheusUser } from "./protheus/users";
import type { RequestLog } from "./request-log";

/** A validated `tenantId` header. */
export type Tenant = { company: string; branch: string };

/**
 * Hono environment of every sandbox route. Bindings are partial: under @hono/node-server they hold
 * the Node request/response (needed by the `drop` and `hang` faults and the admin loopback check),
 * but `app.request()` in-process has none.
 */
export type AppEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: {
    user: ProtheusUser | undefined;
    tenant: Tenant | undefined;
    /** Login name written to the request log (set by whichever handler identifies the caller). */
    logUser: string | null | undefined;
    /** Overrides the logged status when no response reaches the client (drop, hang). */
    logStatus: number | undefined;
  };
};

/** State shared by every route of one sandbox instance. */
export type SandboxState = {
  db: Database;
  settings: SandboxSettings;
  /**
   * Business date (Protheus dDataBase), `YYYYMMDD`. Starts at SANDBOX_TODAY (or the real date),
   * moved by the admin "advance time" route, back to the start value on reset. Read it through
   * `businessDate(state)`, never from the wall clock.
   */
  clock: BusinessClockState;
  /** Replaced as a whole on reset; always read through `state.switches`. */
  switches: RuntimeSwitches;
  faults: FaultStore;
  requests: RequestLog;
  /**
   * Calls the sandbox's own routes in-process, the way Mingle reaches the Appserver over HTTP:
   * the call is logged, authenticated and subject to faults like any other.
   */
  dispatch: (request: Request, bindings: Partial<HttpBindings> | undefined) => Promise<Response>;
};

/**
 * The business date and the shift of the ERP's own clock that goes with it: the sandbox behaves as
 * a Protheus whose server clock is set to that date, so the times it writes (queue ZTQ_DTREC…)
 * agree with dDataBase. `offsetMs` is whole days, fixed at start and moved only by "advance time".
 */
type BusinessClockState = { today: string; offsetMs: number };

/** The clock at start-up (and after reset): the settings' date, shifted from the real one by whole days. */
export function startClock(today: string): BusinessClockState {
  return { today, offsetMs: pinnedClock(isoOfProtheus(today)).offsetMs };
}

/** The ERP's "now": the real instant shifted to the business date (the time of day is real). */
export function businessNow(state: Pick<SandboxState, "clock">): Date {
  return new Date(Date.now() + state.clock.offsetMs);
}

/** The sandbox's business date, Protheus format `YYYYMMDD` (e.g. `20261115`). */
export function businessDate(state: Pick<SandboxState, "clock">): string {
  return state.clock.today;
}

/** The business date as ISO `YYYY-MM-DD` (what the wire carries). */
export function businessDateIso(state: Pick<SandboxState, "clock">): string {
  return isoOfProtheus(state.clock.today);
}
