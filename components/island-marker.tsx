"use client";

import { useEffect, useRef, type ComponentType } from "react";

/**
 * A hidden marker saying whether an island has hydrated: `data-island="pending"` in the server's
 * HTML, "ready" once its code runs. e2e waits for it after a full load (tests/e2e/fixtures.ts), as
 * a click or typing on markup React has not taken over yet would be lost. The effect sets the
 * attribute itself: a state that differed between the server and the browser (as a
 * `useSyncExternalStore` marker did) makes React render the island again synchronously right after
 * hydration, in the same task as its commit (issue 20: that task's length is the page's blocking time).
 */
export function IslandMarker() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => marker.current?.setAttribute("data-island", "ready"), []);
  return <span hidden ref={marker} data-island="pending" />;
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
