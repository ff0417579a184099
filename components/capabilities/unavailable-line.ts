import { HttpError } from "@/components/fetch-json";

/** The line of a route's 409 `feature_unavailable` answer (server/http.ts `featureUnavailable`), or null. */
export function unavailableLine(error: unknown): string | null {
  if (!(error instanceof HttpError) || error.status !== 409) return null;
  const body = error.body;
  return body && typeof body === "object" && "error" in body && body.error === "feature_unavailable"
    ? "message" in body && typeof body.message === "string"
      ? body.message
      : null
    : null;
}
