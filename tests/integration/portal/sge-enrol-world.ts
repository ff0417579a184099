import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import type { Viewer } from "@/server/auth/viewer";
import { forgetEnrolments, resetWorld } from "./reset";
import { cpfSerial, sampleEnrolmentForm, viewerOf } from "./sge-sample";
import { admin, rmPosts } from "./sge-people-world";

// What the enrolment service tests share (sge-enrol-submit, sge-enrol-resume): the reps signed in
// over a fresh world, a clean sandbox before each test, sample forms over the file's own CPF serial,
// and counts of what RM holds and of what the portal posted to it.

export { admin };

/** Before all: the world as seeded, no enrolment remembered; ana and bruno (sellers, enrol) signed in. */
export async function signInReps(): Promise<{ ana: Viewer; bruno: Viewer }> {
  await resetWorld();
  await forgetEnrolments();
  return { ana: await viewerOf("ana", "ana123"), bruno: await viewerOf("bruno", "bruno123") };
}

/** Before each: no fault injected, the sandbox's request log empty. */
export async function cleanSandbox() {
  await admin.faults([]);
  await admin.clearRequests();
}

/** sampleEnrolmentForm over a CPF serial of its own (`prefix`: 2 digits no other test file uses). */
export function sampleForms(prefix: string) {
  const nextCpf = cpfSerial(prefix);
  return (overrides: { contract?: Partial<EnrolmentForm["contract"]> } = {}) =>
    sampleEnrolmentForm(nextCpf(), overrides);
}

export const count = async (sql: string, params: unknown[]) => (await admin.sql<{ n: number }>(sql, params)).rows[0]!.n;

/** POSTs the portal sent to one RM SGE endpoint since the request log was last cleared. */
export const sgeCalls = (endpoint: string) => rmPosts(endpoint);
