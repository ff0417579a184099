import { UnauthorizedError } from "@/components/providers";

/** Client-side JSON fetch for the BFF's route handlers; a 401 goes back to login. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  if (res.status === 401) {
    // A full load on purpose: a dead session drops every client cache with it.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/login?expired=1");
    throw new UnauthorizedError("session expired");
  }
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return (await res.json()) as T;
}
