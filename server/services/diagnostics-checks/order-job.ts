import "server-only";
import { businessNow } from "@/server/clock";
import { endpointPath } from "@/server/erp/protheus/endpoints";
import { toQueueItem } from "@/server/erp/protheus/orders";
import { protheusFetch } from "@/server/erp/protheus/transport";
import { pageSchema } from "@/server/erp/protheus/wire";
import { failureDetail, note, type Check } from "./context";
import { needsToken } from "./protheus";

/** TGVA002JOB processes the queue within the hour (PGV's rule): an item waiting longer means the job is not running. */
export const JOB_LIMIT_MINUTES = 60;

/**
 * The order job is alive: the oldest waiting item (status 0) of `salesordersqueue` in the tenant's
 * branch is younger than the rule's hour. Measured on the business clock, as the ERP's queue times
 * are (server/services/order-pending.ts does the same).
 */
export const orderJobCheck: Check = {
  id: "orderJob",
  check: "orderJob",
  needs: [needsToken],
  fixOnError: note("orderJob"),
  async run(ctx) {
    try {
      const page = await protheusFetch(
        await ctx.session(),
        endpointPath({ endpoints: ctx.endpoints }, "salesOrdersQueue"),
        {
          query: { page: 1, pageSize: 1, filter: "status eq 0", order: "received_at" },
          schema: pageSchema,
          deadline: ctx.deadline,
        },
      );
      const oldest = page.items[0] ? toQueueItem(page.items[0]) : null;
      const received = oldest?.receivedAt ? Date.parse(oldest.receivedAt) : Number.NaN;
      if (!oldest || Number.isNaN(received)) return { status: "ok", detail: note("queueEmpty") };
      const values = {
        count: page.items.length + (page.remainingRecords ?? 0),
        minutes: Math.max(0, Math.floor((businessNow().getTime() - received) / 60_000)),
      };
      return values.minutes > JOB_LIMIT_MINUTES
        ? { status: "failed", detail: note("queueStale", values), fix: note("orderJob") }
        : { status: "ok", detail: note("queueRecent", values) };
    } catch (error) {
      return { status: "failed", detail: failureDetail(error), fix: note("erpFailure") };
    }
  },
};
