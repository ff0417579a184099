import "server-only";
import { getDb } from "@/server/store/db";

/** True when the portal's store opens (migrations included): what a load balancer's health check asks. */
export async function storeReachable(): Promise<boolean> {
  try {
    await getDb();
    return true;
  } catch {
    return false;
  }
}
