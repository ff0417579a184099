import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import { normalizeDocument } from "@/lib/br-documents";
import type { PjConsultForm, PjContractForm } from "@/lib/sge/ops/schemas";
import type { Coligada, KnownPjContract, PjClassOption, PjContractStatus, PjRegistered } from "@/lib/sge/ops/types";
import type { Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { toPjClassOptions } from "@/server/erp/sge/catalogue";
import { fetchOffers } from "@/server/erp/sge/catalogue-consulta";
import { consultPjContract, setPjContract } from "@/server/erp/sge/client";
import { PJ_FIELDS, toPjContractRequest, toPjContractStatus } from "@/server/erp/sge/pj";
import { getDb } from "@/server/store/db";
import type { SgeConnectionConfig } from "@/server/env";
import { sgePjAudit, sgePjContracts } from "@/server/store/schema";
import { isFailure, sgeContext, sgeFailure, unknownColigada, type OpFailure, type OpOutcome } from "./sge-ops";

/**
 * PJ (company) contracts on SGE: SetContract registers or updates one, ConsultContract reads its
 * vacancies back. Sellers (`enrol`) use them; the portal remembers the alias' contracts in
 * sge_pj_contracts so the page can list them (RM has no "list" endpoint).
 *
 * Ownership: the seller who registers a contract owns it. Another seller neither sees it nor may
 * overwrite it; nor may a seller overwrite a contract RM has that the portal never registered
 * (SetContract is an upsert: it would silently replace someone's contract). Administrators and the
 * finance team see and may change all. Every SetContract is audited (sge_pj_audit: before → after).
 */

type StoredData = { registered?: PjRegistered; consulted?: PjContractStatus & { at: string } };

/** The classes a PJ contract may point at, with their dates, from each configured coligada's offers (no subjects). */
export async function pjClassOptions(viewer: Viewer): Promise<OpOutcome<PjClassOption[]>> {
  const context = sgeContext(viewer, "enrol");
  if (isFailure(context)) return context;
  try {
    const offers = await Promise.all(
      context.connection.coligadas.map(async ({ code }) => ({
        coligada: code,
        offers: await fetchOffers(context.connection, code, { subjects: false }),
      })),
    );
    return { ok: true, data: toPjClassOptions(offers), message: "" };
  } catch (error) {
    return sgeFailure(error);
  }
}

/** Administrators and the finance team see and change every PJ contract of the alias. */
const seesAll = (viewer: Viewer) => viewer.isAdmin || Boolean(viewer.sge?.finance);

/** Rows this viewer may see: all for administrators and finance; a seller's own, and what they consulted that nobody owns. */
function visibleTo(viewer: Viewer) {
  const alias = eq(sgePjContracts.alias, viewer.alias);
  if (seesAll(viewer)) return alias;
  return and(
    alias,
    or(
      eq(sgePjContracts.owner, viewer.login),
      and(isNull(sgePjContracts.owner), eq(sgePjContracts.updatedBy, viewer.login)),
    ),
  );
}

const keyOf = (viewer: Viewer, coligada: number, numeroContrato: string, numProposta: string) =>
  and(
    eq(sgePjContracts.alias, viewer.alias),
    eq(sgePjContracts.coligada, coligada),
    eq(sgePjContracts.numeroContrato, numeroContrato),
    eq(sgePjContracts.numProposta, numProposta),
  );

/**
 * Why this seller may not SetContract on this key, if they may not: another seller owns it, or
 * RM already has it while the portal never registered it (asked with ConsultContract).
 */
async function ownershipRefusal(
  viewer: Viewer,
  connection: SgeConnectionConfig,
  form: PjContractForm,
): Promise<OpFailure | null> {
  if (seesAll(viewer)) return null;
  const db = await getDb();
  const [known] = await db
    .select({ owner: sgePjContracts.owner })
    .from(sgePjContracts)
    .where(keyOf(viewer, form.coligada, form.contractNumber, form.proposalNumber));
  if (known?.owner)
    return known.owner === viewer.login
      ? null
      : { ok: false, reason: "refused", code: "pj_owned", field: "contractNumber" };
  const inRm = await consultPjContract(connection, {
    numeroContrato: form.contractNumber,
    numProposta: form.proposalNumber,
  }).catch((error: unknown) => {
    if (error instanceof ErpError && error.kind === "not_found") return [];
    throw error;
  });
  return inRm.some((c) => c.NumeroContrato === form.contractNumber && c.NumProposta === form.proposalNumber)
    ? { ok: false, reason: "refused", code: "pj_unknown", field: "contractNumber" }
    : null;
}

/** SetContract (insert or update by coligada + contract + proposal), then remembered for the alias and audited. */
export async function registerPjContract(viewer: Viewer, form: PjContractForm): Promise<OpOutcome<null>> {
  const context = sgeContext(viewer, "enrol");
  if (isFailure(context)) return context;
  const refused = unknownColigada(context, form.coligada);
  if (refused) return refused;
  const cnpj = normalizeDocument(form.cnpj);
  const registered: PjRegistered = {
    branch: form.branch,
    cnpj,
    companyName: form.companyName,
    value: form.value,
    classCode: form.classCode,
    periodId: form.periodId,
    offered: form.offered,
    used: form.used,
  };
  const db = await getDb();
  const [current] = await db
    .select({ data: sgePjContracts.data, owner: sgePjContracts.owner })
    .from(sgePjContracts)
    .where(keyOf(viewer, form.coligada, form.contractNumber, form.proposalNumber));
  const audit = (ok: boolean, message: string) =>
    db.insert(sgePjAudit).values({
      id: randomUUID(),
      alias: viewer.alias,
      login: viewer.login,
      coligada: form.coligada,
      numeroContrato: form.contractNumber,
      numProposta: form.proposalNumber,
      before: (current?.data as StoredData | undefined)?.registered ?? null,
      after: registered,
      ok,
      message,
    });
  try {
    const refusal = await ownershipRefusal(viewer, context.connection, form);
    if (refusal) return refusal;
    const message = await setPjContract(context.connection, toPjContractRequest(form, cnpj));
    await remember(
      viewer,
      form.coligada,
      form.contractNumber,
      form.proposalNumber,
      (data) => ({ ...data, registered }),
      current?.owner ?? viewer.login,
    );
    await audit(true, message);
    return { ok: true, data: null, message };
  } catch (error) {
    const failure = sgeFailure(error, PJ_FIELDS);
    await audit(false, "message" in failure && failure.message ? failure.message : failure.reason);
    return failure;
  }
}

/** ConsultContract by contract and/or proposal number; each answer refreshes what the portal remembers. */
export async function consultPjContracts(viewer: Viewer, key: PjConsultForm): Promise<OpOutcome<PjContractStatus[]>> {
  const context = sgeContext(viewer, "enrol");
  if (isFailure(context)) return context;
  let answers: PjContractStatus[];
  try {
    answers = (
      await consultPjContract(context.connection, {
        numeroContrato: key.contractNumber || undefined,
        numProposta: key.proposalNumber || undefined,
      })
    ).map(toPjContractStatus);
  } catch (error) {
    return sgeFailure(error, { numeroContrato: "contractNumber", numProposta: "proposalNumber" });
  }
  const at = new Date().toISOString();
  const db = await getDb();
  const hidden = new Set<string>();
  for (const answer of answers) {
    // ConsultContract does not say the coligada: update the rows already known, else keep it under 0 (unknown).
    const known = await db
      .select({ coligada: sgePjContracts.coligada, owner: sgePjContracts.owner })
      .from(sgePjContracts)
      .where(
        and(
          eq(sgePjContracts.alias, viewer.alias),
          eq(sgePjContracts.numeroContrato, answer.contractNumber),
          eq(sgePjContracts.numProposta, answer.proposalNumber),
        ),
      );
    // Another seller's contract stays theirs: not shown, not touched.
    if (!seesAll(viewer) && known.some((k) => k.owner && k.owner !== viewer.login)) {
      hidden.add(`${answer.contractNumber}|${answer.proposalNumber}`);
      continue;
    }
    const coligadas = known.length ? known.map((k) => k.coligada) : [0];
    for (const coligada of coligadas)
      await remember(viewer, coligada, answer.contractNumber, answer.proposalNumber, (data) => ({
        ...data,
        consulted: { ...answer, at },
      }));
  }
  return { ok: true, data: answers.filter((a) => !hidden.has(`${a.contractNumber}|${a.proposalNumber}`)), message: "" };
}

/** Upserts what the portal knows of a contract; `owner` only when it is registered (a consult never changes it). */
async function remember(
  viewer: Viewer,
  coligada: number,
  numeroContrato: string,
  numProposta: string,
  update: (data: StoredData) => StoredData,
  owner?: string,
) {
  const db = await getDb();
  const [current] = await db
    .select({ data: sgePjContracts.data })
    .from(sgePjContracts)
    .where(keyOf(viewer, coligada, numeroContrato, numProposta));
  const data = update((current?.data as StoredData | undefined) ?? {});
  const set = { data, updatedBy: viewer.login, updatedAt: new Date(), ...(owner ? { owner } : {}) };
  await db
    .insert(sgePjContracts)
    .values({ alias: viewer.alias, coligada, numeroContrato, numProposta, ...set })
    .onConflictDoUpdate({
      target: [
        sgePjContracts.alias,
        sgePjContracts.coligada,
        sgePjContracts.numeroContrato,
        sgePjContracts.numProposta,
      ],
      set,
    });
}

const toKnown = (row: typeof sgePjContracts.$inferSelect): KnownPjContract => {
  const data = row.data as StoredData;
  return {
    coligada: row.coligada,
    contractNumber: row.numeroContrato,
    proposalNumber: row.numProposta,
    registered: data.registered ?? null,
    consulted: data.consulted ?? null,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
};

/** The alias' PJ contracts known to the portal, latest first. */
export async function listKnownPjContracts(viewer: Viewer, limit = 200): Promise<KnownPjContract[]> {
  if (!viewer.sge?.enrol) return [];
  const db = await getDb();
  const rows = await db
    .select()
    .from(sgePjContracts)
    .where(visibleTo(viewer))
    .orderBy(desc(sgePjContracts.updatedAt))
    .limit(limit);
  return rows.map(toKnown);
}

/** One known contract (to edit it), or null. */
export async function knownPjContract(
  viewer: Viewer,
  coligada: Coligada,
  contractNumber: string,
  proposalNumber: string,
): Promise<KnownPjContract | null> {
  if (!viewer.sge?.enrol) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(sgePjContracts)
    .where(and(visibleTo(viewer), keyOf(viewer, coligada, contractNumber, proposalNumber)));
  return row ? toKnown(row) : null;
}
