"use client";

import { useSyncExternalStore, type ComponentType } from "react";

const noSubscription = () => () => undefined;

/**
 * The hydration marker of `withQueryScope` (components/query-scope.tsx), without the query cache:
 * `data-island="pending"` in the server's HTML, "ready" once React has taken over the part it sits in.
 * e2e waits for every marker after a full load (tests/e2e/fixtures.ts), as typing into a box React has
 * not taken over yet would be lost. Inside a `<Suspense>` whose code loads later (a wizard's next
 * steps), it holds the page's readiness until that boundary has hydrated too.
 */
export function IslandMarker() {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <span hidden data-island={hydrated ? "ready" : "pending"} />;
}

/**
 * `Component` with the marker: for an SGE island, whose screens send server actions rather than
 * browser fetches, so they leave TanStack Query out.
 */
export function withIslandMarker<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  return function WithIslandMarker(props: P) {
    return (
      <>
        <IslandMarker />
        <Component {...props} />
      </>
    );
  };
}
