/**
 * **Sandbox extension** (not in sge-enrolment-api.txt; shape documented in sandbox/docs/sge.md, the portal reads it):
 * `GET .../PGVSandbox/Ofertas?codColigada=3`, the catalogue a sales portal needs to build a valid
 * RealizarMatricula: branches, offers (applied matrices with price, instalment ceiling, classes,
 * vacancies and subjects), cash accounts and scholarships.
 */
import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { centsToNumber, toCents } from "../orders/money";
import { classesOfMatrix, classSubjects, listMatrices, occupiedSeats } from "./catalog";
import { queryParam } from "./contract-pj-routes";
import { wireDate } from "./dates";
import { badRequest, sgeSuccess } from "./envelope";
import { listBranches, type Branch, type Sql } from "./sql";

export const EXTENSION_PATH = "/api/TOTVSCustomizacao/PGVSandbox";

/** `codColigada` query parameter: 1, 2 or 3. */
export function coligadaParam(value: string | undefined): number {
  if (!value) throw badRequest("Informe o parâmetro codColigada (2 = SESI, 3 = SENAI).");
  if (!/^[123]$/.test(value)) throw badRequest(`Parâmetro codColigada inválido: "${value}" (use 1, 2 ou 3).`);
  return Number(value);
}

export function registerOfferRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.get(`${EXTENSION_PATH}/Ofertas`, async (c) => {
    const col = coligadaParam(queryParam(c, "codColigada"));
    return sgeSuccess(c, "", { Data: await offers(state.db, col) });
  });
}

async function offers(sql: Sql, col: number) {
  const branches = await listBranches(sql, col);
  const sigla = (cod: number) => branches.find((b) => b.codFilial === cod)?.sigla ?? String(cod);
  const ofertas = [];
  for (const m of await listMatrices(sql, col)) {
    const turmas = [];
    for (const t of await classesOfMatrix(sql, col, m.id)) {
      const occupied = await occupiedSeats(sql, col, t.idPerlet, t.codTurma);
      const disciplinas = (await classSubjects(sql, col, t.idPerlet, t.codTurma)).map((d) => ({
        CodDisciplina: d.codDisc,
        Nome: d.nome,
        CargaHoraria: d.cargaHoraria,
      }));
      turmas.push({
        Turma: `${t.idPerlet}|${t.codTurma}`,
        CodTurma: t.codTurma,
        Nome: t.nome,
        Turno: t.turno,
        DataInicio: wireDate(t.start),
        DataFim: wireDate(t.end),
        Vagas: t.vagas,
        VagasOcupadas: occupied,
        VagasDisponiveis: Math.max(0, t.vagas - occupied),
        Disciplinas: disciplinas,
      });
    }
    ofertas.push({
      IdMatrizAplicada: `${col}|${m.id}`,
      CodCurso: m.codCurso,
      NomeCurso: m.nomeCurso,
      CodFilial: sigla(m.codFilial),
      IdPerlet: m.idPerlet,
      CodPerlet: m.codPerlet,
      Valor: centsToNumber(toCents(m.valor)),
      MaxParcelas: m.maxParcelas,
      Turmas: turmas,
    });
  }
  return {
    Filiais: branches.map((b: Branch) => ({
      CodFilial: b.sigla,
      Nome: b.nome,
      FilialProtheus: b.protheus,
      Cidade: b.cidade,
      Estado: b.estado,
    })),
    Ofertas: ofertas,
    ContasCaixa: await cashAccounts(sql, col, branches),
    Bolsas: await scholarships(sql, col),
  };
}

async function cashAccounts(sql: Sql, col: number, branches: Branch[]) {
  const { rows } = await sql.query<{
    cod: string;
    descr: string;
    filial: number;
    banco: string | null;
    agencia: string | null;
    conta: string | null;
    semMov: string;
  }>(
    `SELECT CODCXA AS cod, DESCRICAO AS descr, CODFILIAL AS filial, NUMBANCO AS banco, NUMAGENCIA AS agencia, NROCONTA AS conta, SEMMOVIMENTACAO AS "semMov"
       FROM FCXA WHERE CODCOLIGADA = $1 AND D_E_L_E_T_ = ' ' ORDER BY CODFILIAL, CODCXA`,
    [col],
  );
  return rows.map((r) => {
    const branch = branches.find((b) => b.codFilial === r.filial);
    return {
      CodCxa: r.cod,
      Descricao: r.descr,
      CodFilial: branch?.sigla ?? String(r.filial),
      FilialProtheus: branch?.protheus ?? "",
      Banco: r.banco,
      Agencia: r.agencia,
      ContaCorrente: r.conta,
      SemMovimentacao: r.semMov === "T",
    };
  });
}

async function scholarships(sql: Sql, col: number) {
  const { rows } = await sql.query<{ cod: number; nome: string; tipo: string }>(
    "SELECT CODBOLSA AS cod, NOME AS nome, TIPO AS tipo FROM SBOLSA WHERE CODCOLIGADA = $1 AND D_E_L_E_T_ = ' ' ORDER BY CODBOLSA",
    [col],
  );
  return rows.map((r) => ({ CodBolsa: r.cod, Nome: r.nome, Tipo: r.tipo === "I" ? "Institucional" : "Adicional" }));
}
