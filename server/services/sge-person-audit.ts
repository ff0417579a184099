import "server-only";
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/server/auth/viewer";
import { isRefusal, sourceText } from "@/server/erp/errors";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { sgePersonAudit } from "@/server/store/schema";

/**
 * The audit of every write to a person RM already had (`sge_person_audit`, issue 14 item 12): who,
 * which enrolment, which fields, before → after with personal values masked (lib/mask.ts).
 */

/** One write to an existing person, as the audit keeps it (personal values masked). */
export type PersonAudit = {
  kind: "responsible" | "student";
  coligada: number;
  personKey: string;
  document: string;
  fields: string[];
  before: Record<string, string>;
  after: Record<string, string>;
};

/**
 * Runs a write to an existing person and audits it whatever RM answers: a write whose answer was
 * lost may still have happened in RM, so the attempt is kept too (ok false, why). No audit → just the call.
 */
export async function auditedPersonWrite<T>(
  viewer: Viewer,
  enrolmentId: string,
  audit: PersonAudit | null,
  call: () => Promise<T>,
  describe: (value: T) => { message: string; personKey?: string },
): Promise<T> {
  if (!audit) return call();
  let value: T;
  try {
    value = await call();
  } catch (error) {
    // The audit row is a record in the source language (pt-BR): RM's own words, or ours.
    const words = isRefusal(error) ? error.message : sourceText("sge.no_answer");
    await writePersonAudit(viewer, enrolmentId, audit, false, words);
    throw error;
  }
  const { message, personKey } = describe(value);
  await writePersonAudit(viewer, enrolmentId, { ...audit, personKey: personKey ?? audit.personKey }, true, message);
  return value;
}

async function writePersonAudit(viewer: Viewer, enrolmentId: string, audit: PersonAudit, ok: boolean, message: string) {
  const db = await getDb();
  await db.insert(sgePersonAudit).values({
    id: randomUUID(),
    alias: viewer.alias,
    login: viewer.login,
    enrolmentId,
    ...audit,
    ok,
    message: message.slice(0, 1000),
  });
  log.info("sge.person_updated", {
    alias: viewer.alias,
    login: viewer.login,
    enrolmentId,
    kind: audit.kind,
    personKey: audit.personKey,
    fields: audit.fields,
    ok,
  });
}
