import { getDb } from "@/server/store/db";

export const dynamic = "force-dynamic";

/** Liveness + store check for load balancers and the start script. */
export async function GET() {
  try {
    await getDb();
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
