import { erpUnavailable, json, withViewer } from "@/server/http";
import { runDiagnostics } from "@/server/services/diagnostics";

export const dynamic = "force-dynamic";

/** The requirements diagnostics of the viewer's alias (lib/diagnostics.ts report): administrators only, 403 for anyone else. */
export function GET() {
  return withViewer(async (viewer) => {
    if (!viewer.isAdmin) return json({ error: "forbidden" }, { status: 403 });
    try {
      return json(await runDiagnostics(viewer));
    } catch (error) {
      return erpUnavailable(error, "diagnostics.failed");
    }
  });
}
