import "server-only";
import { getViewer, type Viewer } from "@/server/auth/viewer";

const noStore = { "Cache-Control": "private, no-store" };

export function json(body: unknown, init: ResponseInit = {}) {
  return Response.json(body, { ...init, headers: { ...noStore, ...init.headers } });
}

/** Route handlers: the viewer from the server-side session, or a 401 answer. */
export async function withViewer(handler: (viewer: Viewer) => Promise<Response>): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return json({ error: "unauthorized" }, { status: 401 });
  return handler(viewer);
}
