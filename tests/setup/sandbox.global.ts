import type { TestProject } from "vitest/node";
import { startSandbox } from "./sandbox-process";

// SANDBOX_TEST_PORT lets two integration runs (e.g. two developers' checkouts) share a machine.
export const SANDBOX_PORT = Number(process.env.SANDBOX_TEST_PORT ?? 18282);
export const SANDBOX_ADMIN_KEY = "test-admin-key";

/** One sandbox process for the whole integration run; tests reach it over HTTP only. */
export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ port: SANDBOX_PORT, adminKey: SANDBOX_ADMIN_KEY });
  // Warm the sandbox's first-query paths so no test pays the cold start against its deadlines.
  await fetch(`${sandbox.url}/rest/api/oauth2/v1/token?grant_type=password`, {
    method: "POST",
    headers: { username: "ana", password: "ana123" },
  });
  project.provide("sandboxUrl", sandbox.url);
  project.provide("sandboxAdminKey", SANDBOX_ADMIN_KEY);
  return sandbox.stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    sandboxUrl: string;
    sandboxAdminKey: string;
  }
}
