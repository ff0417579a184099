import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { normalizeDocument } from "@/lib/br-documents";
import { toIsoDate } from "@/lib/erp-dates";
import { centsToReais } from "@/lib/sge/ops/money";
import type { PjConsultForm, PjContractForm } from "@/lib/sge/ops/schemas";
import type { Coligada, KnownPjContract, PjClassOption, PjContractStatus, PjRegistered } from "@/lib/sge/ops/types";
import type { Viewer } from "@/server/auth/viewer";
import { consultPjContract, fetchCatalogue, setPjContract } from "@/server/erp/sge/client";
import { getDb } from "@/server/store/db";
import { sgePjContracts } from "@/server/store/schema";
import { COLIGADAS } from "./sge-finance-read";
import { isFailure, sgeContext, sgeFailure, type OpOutcome } from "./sge-ops";

/**
 * PJ (company) contracts on SGE: SetContract registers or updates one, ConsultContract reads its
 * vacancies back. Sellers (`enrol`) use them; the portal remembers the alias' contracts in
 * sge_pj_contracts so the page can list them (RM has no "list" endpoint).
 */

type StoredData = { registered?: PjRegistered; consulted?: PjContractStatus & { at: string } };

/** The classes a PJ contract may point at, with their dates, from each coligada's catalogue. */
export async function pjClassOptions(viewer: Viewer): Promise<OpOutcome<PjClassOption[]>> {
  const context = sgeContext(viewer, "enrol");
  if (isFailure(context)) return context;
  try {
    const catalogues = await Promise.all(COLIGADAS.map(async (coligada) => ({ coligada, catalogue: await fetchCatalogue(context.connection, coligada) })));
    const options = catalogues.flatMap(({ coligada, catalogue }) =>
      catalogue.Ofertas.flatMap((offer) =>
        offer.Turmas.map((c) => ({
          coligada,
          classCode: c.CodTurma,
          className: c.Nome,
          courseName: offer.NomeCurso,
          periodId: offer.IdPerlet,
          periodCode: offer.CodPerlet,
          branch: offer.CodFilial.replace(/^UN/i, ""),
          startDate: toIsoDate(c.DataInicio) ?? "",
          endDate: toIsoDate(c.DataFim) ?? "",
        })),
      ),
    );
    // The same class may be offered in more than one course matrix: one option per class and period.
    const unique = new Map(options.map((o) => [`${o.coligada}|${o.periodId}|${o.classCode}`, o]));
    return { ok: true, data: [...unique.values()], message: "" };
  } catch (error) {
    return sgeFailure(error);
  }
}

const PJ_FIELDS: Record<string, string> = {
  Filial: "branch",
  NumeroContrato: "contractNumber",
  NumProposta: "proposalNumber",
  CNPJ: "cnpj",
  NomeEmpresa: "companyName",
  ValorContrato: "value",
  CodTurma: "classCode",
  IdPerlet: "classCode",
  VagasOfertadas: "offered",
  VagasUtilizadas: "used",
};

/** SetContract (insert or update by coligada + contract + proposal), then remembered for the alias. */
export async function registerPjContract(viewer: Viewer, form: PjContractForm): Promise<OpOutcome<null>> {
  const context = sgeContext(viewer, "enrol");
  if (isFailure(context)) return context;
  const cnpj = normalizeDocument(form.cnpj);
  try {
    const message = await setPjContract(context.connection, {
      CodColigada: form.coligada,
      Filial: form.branch,
      NumeroContrato: form.contractNumber,
      NumProposta: form.proposalNumber,
      CNPJ: cnpj,
      NomeEmpresa: form.companyName,
      ValorContrato: centsToReais(form.value),
      CodTurma: form.classCode,
      IdPerlet: form.periodId,
      VagasOfertadas: form.offered,
      VagasUtilizadas: form.used,
    });
    const registered: PjRegistered = { branch: form.branch, cnpj, companyName: form.companyName, value: form.value, classCode: form.classCode, periodId: form.periodId, offered: form.offered, used: form.used };
    await remember(viewer, form.coligada, form.contractNumber, form.proposalNumber, (data) => ({ ...data, registered }));
    return { ok: true, data: null, message };
  } catch (error) {
    return sgeFailure(error, PJ_FIELDS);
  }
}

function toStatus(raw: Awaited<ReturnType<typeof consultPjContract>>[number]): PjContractStatus {
  return {
    contractNumber: raw.NumeroContrato,
    proposalNumber: raw.NumProposta,
    classStart: toIsoDate(raw.DataInicioTurma),
    classEnd: toIsoDate(raw.DataFimTurma),
    offered: raw.TotalVagas,
    used: raw.VagasUtilizadas,
    // RM computes it; the seed's rule (offered − used) is the fallback when it does not.
    available: Number.isFinite(raw.VagasDisponiveis) ? raw.VagasDisponiveis : raw.TotalVagas - raw.VagasUtilizadas,
    linkedStudents: raw.AlunosVinculados,
    status: raw.StatusContrato,
    responsible: raw.Clientefornecedor,
  };
}

/** ConsultContract by contract and/or proposal number; each answer refreshes what the portal remembers. */
export async function consultPjContracts(viewer: Viewer, key: PjConsultForm): Promise<OpOutcome<PjContractStatus[]>> {
  const context = sgeContext(viewer, "enrol");
  if (isFailure(context)) return context;
  let answers: PjContractStatus[];
  try {
    answers = (await consultPjContract(context.connection, { numeroContrato: key.contractNumber || undefined, numProposta: key.proposalNumber || undefined })).map(toStatus);
  } catch (error) {
    return sgeFailure(error, { numeroContrato: "contractNumber", numProposta: "proposalNumber" });
  }
  const at = new Date().toISOString();
  const db = await getDb();
  for (const answer of answers) {
    // ConsultContract does not say the coligada: update the rows already known, else keep it under 0 (unknown).
    const known = await db
      .select({ coligada: sgePjContracts.coligada })
      .from(sgePjContracts)
      .where(and(eq(sgePjContracts.alias, viewer.alias), eq(sgePjContracts.numeroContrato, answer.contractNumber), eq(sgePjContracts.numProposta, answer.proposalNumber)));
    const coligadas = known.length ? known.map((k) => k.coligada) : [0];
    for (const coligada of coligadas) await remember(viewer, coligada, answer.contractNumber, answer.proposalNumber, (data) => ({ ...data, consulted: { ...answer, at } }));
  }
  return { ok: true, data: answers, message: "" };
}

async function remember(viewer: Viewer, coligada: number, numeroContrato: string, numProposta: string, update: (data: StoredData) => StoredData) {
  const db = await getDb();
  const where = and(eq(sgePjContracts.alias, viewer.alias), eq(sgePjContracts.coligada, coligada), eq(sgePjContracts.numeroContrato, numeroContrato), eq(sgePjContracts.numProposta, numProposta));
  const [current] = await db.select({ data: sgePjContracts.data }).from(sgePjContracts).where(where);
  const data = update((current?.data as StoredData | undefined) ?? {});
  await db
    .insert(sgePjContracts)
    .values({ alias: viewer.alias, coligada, numeroContrato, numProposta, data, updatedBy: viewer.login, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [sgePjContracts.alias, sgePjContracts.coligada, sgePjContracts.numeroContrato, sgePjContracts.numProposta], set: { data, updatedBy: viewer.login, updatedAt: new Date() } });
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
  const rows = await db.select().from(sgePjContracts).where(eq(sgePjContracts.alias, viewer.alias)).orderBy(desc(sgePjContracts.updatedAt)).limit(limit);
  return rows.map(toKnown);
}

/** One known contract (to edit it), or null. */
export async function knownPjContract(viewer: Viewer, coligada: Coligada, contractNumber: string, proposalNumber: string): Promise<KnownPjContract | null> {
  if (!viewer.sge?.enrol) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(sgePjContracts)
    .where(and(eq(sgePjContracts.alias, viewer.alias), eq(sgePjContracts.coligada, coligada), eq(sgePjContracts.numeroContrato, contractNumber), eq(sgePjContracts.numProposta, proposalNumber)));
  return row ? toKnown(row) : null;
}
