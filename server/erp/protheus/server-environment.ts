import "server-only";
import { z } from "zod";
import { ErpError } from "../errors";
import { protheusFetch, type ErpTarget } from "./transport";

// Field names vary by build; every one is optional (ERP-CONTRACT.md §2, "Server environment").
const environmentSchema = z.looseObject({
  release: z.string().optional(),
  version: z.string().optional(),
  appServerBuild: z.string().optional(),
  appserverBuild: z.string().optional(),
  build: z.string().optional(),
});

export type ServerEnvironment = { release: string; build: string };

/** The three public environment endpoints of a Protheus REST server, in the order clients try them. */
const ENVIRONMENT_PATHS = ["totvs/environment", "appserver/environment", "tlpp/environment"];

/**
 * The Appserver's release and build, from its public environment endpoint (no token needed, TDN).
 * A 404 moves on to the next family; null when the server answers but serves none of them.
 */
export async function getServerEnvironment(target: ErpTarget, deadline?: number): Promise<ServerEnvironment | null> {
  for (const path of ENVIRONMENT_PATHS) {
    try {
      const raw = await protheusFetch(target, path, { schema: environmentSchema, deadline });
      return {
        release: (raw.release ?? raw.version ?? "").trim(),
        build: (raw.appServerBuild ?? raw.appserverBuild ?? raw.build ?? "").trim(),
      };
    } catch (error) {
      if (!(error instanceof ErpError && error.status === 404)) throw error;
    }
  }
  return null;
}
