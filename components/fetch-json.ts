/** A 401 from the BFF: the session is gone (never retried; the page goes back to login). */
export class UnauthorizedError extends Error {}

/** Client-side JSON fetch for the BFF's route handlers; a 401 goes back to login. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  if (res.status === 401) {
    // A full load on purpose: a dead session drops every client cache with it.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/login?expired=1");
    throw new UnauthorizedError("session expired");
  }
  if (!res.ok) throw new HttpError(res.status, url, await res.json().catch(() => null));
  return (await res.json()) as T;
}

/** A BFF answer that is not 2xx, with its status and JSON body (e.g. `{ error, message }`) for the page to word. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    url: string,
    readonly body: unknown,
  ) {
    super(`${status} ${url}`);
  }
}
