"use client";

import type { ComponentType } from "react";
import { isServer, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { registerClientCache } from "./client-cache";
import { IslandMarker } from "./island-marker";
import { UnauthorizedError } from "./fetch-json";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Never retry a 401: the session is gone, the user must sign in again.
        retry: (count, error) => !(error instanceof UnauthorizedError) && count < 2,
      },
    },
  });
}

/** One client per tab, shared by every section that uses it; the server makes one per render. */
let browserClient: QueryClient | undefined;
function queryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  if (!browserClient) {
    const client = makeQueryClient();
    registerClientCache(() => client.clear());
    browserClient = client;
  }
  return browserClient;
}

/**
 * TanStack Query for the sections whose screens fetch from the browser (lists, forms, queue
 * progress), placed by their layouts: the shell and the pages that only show server-rendered data
 * (home, the SGE screens, diagnostics) do not download it.
 */
export function QueryScope({ children }: { children: React.ReactNode }) {
  return <QueryClientProvider client={queryClient()}>{children}</QueryClientProvider>;
}

/**
 * `Component` inside the query cache: for an island loaded on demand, which brings the cache with
 * it, with its hydration marker (components/island-marker.tsx).
 */
export function withQueryScope<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  return function WithQueryScope(props: P) {
    return (
      <QueryScope>
        <IslandMarker />
        <Component {...props} />
      </QueryScope>
    );
  };
}
