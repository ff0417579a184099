import "server-only";

/**
 * The viewer's sync as pages and route handlers see it: its progress, start (or join) and cancel.
 * The engine (server/sync) stays behind this service layer, like the ERP and the store (lint rule).
 */
export { cancelSync, startSync, syncStatus } from "@/server/sync/orchestrator";
