"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fetchJson } from "@/components/fetch-json";
import type { QueueStatus } from "@/lib/types/order";

// Following one queue item (orders and quotations): the polling alone, apart from the stepper
// (queue-steps.tsx), so a form that only watches an earlier send does not load the stepper.

/** What every queue-status route answers at least. */
export type QueueAnswer = { item: { status: QueueStatus; message: string } };

const finishedStatus = (status: QueueStatus) => status === "done" || status === "error";

/** One queue item's status from its route, polled every second until the ERP finished it (shared by every view of the item). */
export function useQueueStatus<A extends QueueAnswer>(statusUrl: string) {
  return useQuery({
    queryKey: ["queue", statusUrl],
    queryFn: () => fetchJson<A>(statusUrl),
    refetchInterval: (query) => (query.state.data && finishedStatus(query.state.data.item.status) ? false : 1_000),
    retry: 5,
    staleTime: 0,
  });
}

/** The item followed, and `onFinished` called once when the ERP finished it (done or error). */
export function useQueueFollow<A extends QueueAnswer>(statusUrl: string, onFinished?: (answer: A) => void) {
  const status = useQueueStatus<A>(statusUrl);
  const answer = status.data;
  const finished = answer && finishedStatus(answer.item.status) ? answer : null;
  const reported = useRef(false);
  useEffect(() => {
    if (finished && !reported.current) {
      reported.current = true;
      onFinished?.(finished);
    }
  }, [finished, onFinished]);
  return { status, answer, finished, current: answer?.item.status ?? "waiting" };
}
