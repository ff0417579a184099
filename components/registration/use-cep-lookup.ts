"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson, HttpError, UnauthorizedError } from "@/components/fetch-json";
import { normalizeCep } from "@/lib/br-registration";
import type { CepAddress, CepLookupFailure } from "@/lib/types/cep";

/**
 * What a form's CEP field has found (`/api/cep/{cep}`, server/services/cep.ts): the address once
 * found; while looking, `isFetching`; on failure `isError` with the reason (`notFound` for an
 * unknown CEP — the rep types the address; anything else, the lookup is unavailable) and the
 * route's words for it (`message`, in the rep's language). A failure never blocks the form.
 */
export type CepLookup = {
  data: CepAddress | undefined;
  isFetching: boolean;
  isError: boolean;
  failure: CepLookupFailure | null;
  notFound: boolean;
  message: string | null;
};

const FAILURES: Record<number, CepLookupFailure> = { 400: "invalid", 404: "not_found" };

function failureOf(error: unknown): { failure: CepLookupFailure; message: string | null } {
  const body = error instanceof HttpError ? (error.body as { message?: unknown } | null) : null;
  const failure = error instanceof HttpError ? (FAILURES[error.status] ?? "unavailable") : "unavailable";
  return { failure, message: typeof body?.message === "string" ? body.message : null };
}

/** Looks the CEP up once it has 8 digits (masks tolerated); the same CEP is asked once per page. */
export function useCepLookup(value: string): CepLookup {
  const cep = normalizeCep(value);
  const query = useQuery({
    queryKey: ["cep", cep],
    queryFn: () => fetchJson<CepAddress>(`/api/cep/${cep}`),
    enabled: cep.length === 8,
    // A CEP's address does not change while a form is open.
    staleTime: Infinity,
    // 400/404 are answers, and the server already retried a provider that failed: only a lost
    // connection to the portal is worth one more try.
    retry: (count, error) => count < 1 && !(error instanceof HttpError) && !(error instanceof UnauthorizedError),
  });
  const failed = query.isError ? failureOf(query.error) : { failure: null, message: null };
  return {
    data: query.data,
    isFetching: query.isFetching,
    isError: query.isError,
    ...failed,
    notFound: failed.failure === "not_found",
  };
}
