import { json, withViewer } from "@/server/http";
import { cancelSync, startSync, syncStatus } from "@/server/services/sync";

export const dynamic = "force-dynamic";

/** Progress of the viewer's sync (initial load or diff): entity by entity. Polled by the page: background. */
export function GET() {
  return withViewer(async (viewer) => json(await syncStatus(viewer)), { background: true });
}

/** Starts (or joins) the viewer's sync in the background; the heartbeat calls it by itself, so it never extends the idle timeout. */
export function POST() {
  return withViewer(
    async (viewer) => {
      const { started } = startSync(viewer);
      return json({ started, ...(await syncStatus(viewer)) }, { status: 202 });
    },
    { background: true },
  );
}

/** Cancels the running sync after the current page; a later start resumes where it stopped. */
export function DELETE() {
  return withViewer(async (viewer) => json({ cancelled: cancelSync(viewer) }));
}
