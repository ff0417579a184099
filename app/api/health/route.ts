import { storeReachable } from "@/server/services/health";

export const dynamic = "force-dynamic";

/** Liveness + store check for load balancers and the start script. */
export async function GET() {
  const ok = await storeReachable();
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
