/**
 * The in-process stand-in for TOTVS's TGVA002JOB: it takes queue items in arrival order, once they
 * are `delayMs` old (SANDBOX_ORDER_DELAY_MS, default 1000 — the real job runs on a schedule, so the
 * portal must never expect an order to exist right after the 202), and moves each 0 → 1 → 2 or 3.
 *
 * Robustness rules: one failing item becomes status 3 with a message and never stops the loop; the
 * loop never overlaps itself; `pause()` waits for the item in flight (reset restores the database
 * underneath, so nothing may run meanwhile); a closed database stops the job for good (shutdown).
 */

/** What the job needs from the queue (implemented on the database in `queue.ts`). */
export type JobQueue = {
  /** Items stuck in processing (status 1) since before `olderThan` become 3; returns how many. */
  failStuck(olderThan: Date): Promise<number>;
  /** Next waiting item received at or before `receivedBefore` (all waiting items when undefined). */
  nextWaiting(receivedBefore: Date | undefined): Promise<QueueRef | undefined>;
  /** 0 → 1; false when another run took it first. */
  claim(item: QueueRef): Promise<boolean>;
  /** Does the work of one item: resolves with the final message, throws on failure. */
  process(item: QueueRef): Promise<JobOutcome>;
  finish(item: QueueRef, outcome: { status: "2" | "3"; message: string } & Partial<JobOutcome>): Promise<void>;
  isClosed(): boolean;
};

export type QueueRef = { company: string; id: string };

/**
 * What one item produced: the order (C5_NUM); for a quotation item, the quotation (CJ_NUM); for a
 * registration item, its record (`key`: code + store, or the contact code).
 */
export type JobOutcome = { orderNumber: string; quotationNumber?: string; key?: string; message: string };

type JobRunReport = {
  processed: ({ company: string; id: string; status: "2" | "3" } & JobOutcome)[];
  stuck: number;
};

/** TGVA002JOB marks an item stuck in processing for an hour as failed (ERP-CONTRACT.md §4). */
export const STUCK_AFTER_MS = 60 * 60 * 1000;

export class OrderJob {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<JobRunReport> | undefined;
  private paused = 0;
  private stopped = false;
  /** Automatic runs held (`POST /__admin/jobs/hold`): items wait until `runNow()` or release. */
  private held = false;

  constructor(
    private readonly queue: JobQueue,
    readonly delayMs: number,
    /** The ERP's clock: queue times are written with it (businessNow), so they are compared with it. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(): void {
    if (this.timer || this.stopped) return;
    // Polling keeps the job independent of who wrote the item (HTTP route, admin, a restart with a
    // data dir holding waiting items). unref(): the timer never keeps the process alive.
    this.timer = setInterval(() => void this.tick(), Math.min(Math.max(this.delayMs, 50), 1_000));
    this.timer.unref();
  }

  /** Shutdown: no new runs; the item in flight finishes. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight?.catch(() => undefined);
  }

  /** Reset: wait for the item in flight, run nothing until `resume()`. Nestable. */
  async pause(): Promise<void> {
    this.paused += 1;
    while (this.inFlight) await this.inFlight.catch(() => undefined);
  }

  resume(): void {
    this.paused = Math.max(0, this.paused - 1);
  }

  /** Tests and demos hold the automatic runs to look at waiting items; `runNow()` still works. */
  hold(held: boolean): void {
    this.held = held;
  }

  isHeld(): boolean {
    return this.held;
  }

  /** `POST /__admin/jobs/run`: everything waiting now, ignoring the delay. */
  async runNow(): Promise<JobRunReport> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
    return this.run(undefined);
  }

  private async tick(): Promise<void> {
    if (this.inFlight || this.paused > 0 || this.stopped || this.held) return;
    if (this.queue.isClosed()) {
      await this.stop();
      return;
    }
    await this.run(new Date(this.now().getTime() - this.delayMs)).catch((err: unknown) => {
      if (!this.queue.isClosed()) console.error("[sandbox] order job run failed", err);
    });
  }

  private run(receivedBefore: Date | undefined): Promise<JobRunReport> {
    const run = this.drain(receivedBefore).finally(() => {
      if (this.inFlight === run) this.inFlight = undefined;
    });
    this.inFlight = run;
    return run;
  }

  private async drain(receivedBefore: Date | undefined): Promise<JobRunReport> {
    const report: JobRunReport = {
      processed: [],
      stuck: await this.queue.failStuck(new Date(this.now().getTime() - STUCK_AFTER_MS)),
    };
    for (;;) {
      if (this.stopped || this.queue.isClosed() || this.paused > 0) break;
      const item = await this.queue.nextWaiting(receivedBefore);
      if (!item) break;
      if (!(await this.queue.claim(item))) continue;
      try {
        const done = await this.queue.process(item);
        await this.queue.finish(item, { status: "2", ...done });
        report.processed.push({ ...item, status: "2", ...done });
      } catch (err) {
        if (this.queue.isClosed()) break;
        const message = err instanceof Error ? err.message : String(err);
        await this.queue.finish(item, { status: "3", message });
        report.processed.push({ ...item, status: "3", orderNumber: "", message });
      }
    }
    return report;
  }
}
