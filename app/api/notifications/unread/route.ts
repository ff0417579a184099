import { json, withViewer } from "@/server/http";
import { pollNotifications } from "@/server/services/notifications";

export const dynamic = "force-dynamic";

/**
 * The bell's poll: `{ unread, latest }`. Cheap when nothing changes: the answer carries an ETag and
 * a repeated poll with `If-None-Match` gets an empty 304.
 */
export function GET(req: Request) {
  return withViewer(
    async (viewer) => {
      const state = await pollNotifications(viewer);
      const etag = `"${state.unread}-${state.latest ?? ""}"`;
      if (req.headers.get("if-none-match") === etag)
        return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "private, no-cache" } });
      return json(state, { headers: { ETag: etag, "Cache-Control": "private, no-cache" } });
    },
    { background: true },
  );
}
