"use client";

import { useSyncExternalStore, type ComponentType } from "react";

const noSubscription = () => () => undefined;

/**
 * A hidden marker saying whether an island has hydrated: `data-island="pending"` in the server's
 * HTML, "ready" once its code runs. e2e waits for it after a full load (tests/e2e/fixtures.ts), as
 * a click or typing on markup React has not taken over yet would be lost.
 */
export function IslandMarker() {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <span hidden data-island={hydrated ? "ready" : "pending"} />;
}

/** `Component` with its hydration marker: for an island that needs no query cache (the shell's). */
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
