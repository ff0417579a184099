/**
 * ContratoPJ/SetContract (ZPJFIECCONTRATO upsert) and ContratoPJ/ConsultContract (GET, a bare
 * JSON array exactly like the seed's answer, no envelope).
 */
import type { Context, Hono } from "hono";
import type { z } from "zod";
import type { AppEnv, SandboxState } from "../context";
import { centsToDecimal } from "../orders/money";
import { parseWith, readObject } from "./body";
import { findClass } from "./catalog";
import { isoOfProtheus } from "../orders/dates";
import { wireDate } from "./dates";
import { requireDocument } from "./documents";
import { badRequest, notFound, sgeSuccess } from "./envelope";
import { enrolmentColigada, integer, optionalCents, optionalInteger, optionalText, record, text } from "./fields";
import { branchByAnyCode, firstRow, type Sql } from "./sql";

const PATH = "/api/TOTVSCustomizacao/ContratoPJ";

const contractSchema = record({
  CodColigada: enrolmentColigada(),
  Filial: optionalText(10),
  NumeroContrato: text(20),
  NumProposta: text(20),
  CNPJ: text(18),
  NomeEmpresa: text(100),
  ValorContrato: optionalCents(),
  CodTurma: text(20),
  IdPerlet: integer(),
  VagasOfertadas: integer().refine((n) => n >= 1, "deve ser 1 ou mais"),
  VagasUtilizadas: optionalInteger().refine((n) => n === undefined || n >= 0, "não pode ser negativo"),
});

export function registerContractPjRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.post(`${PATH}/SetContract`, async (c) => {
    const body = parseWith(contractSchema, await readObject(c));
    await state.db.transaction((tx) => saveContract(tx, body));
    return sgeSuccess(c, "Registro integrado com sucesso");
  });

  rm.get(`${PATH}/ConsultContract`, async (c) => {
    const numeroContrato = queryParam(c, "numeroContrato");
    const numProposta = queryParam(c, "numProposta");
    if (!numeroContrato && !numProposta) throw badRequest("Informe o parâmetro numeroContrato e/ou numProposta.");
    return c.json(await consult(state.db, isoOfProtheus(state.clock.today), numeroContrato, numProposta));
  });
}

/** Query parameters matched case-insensitively, like the body fields. */
export function queryParam(c: Context, name: string): string | undefined {
  const url = new URL(c.req.url);
  for (const [key, value] of url.searchParams)
    if (key.toLowerCase() === name.toLowerCase() && value.trim() !== "") return value.trim();
  return undefined;
}

async function saveContract(sql: Sql, b: z.output<typeof contractSchema>): Promise<void> {
  const cnpj = requireDocument(b.CNPJ, "CNPJ", ["cnpj"]);
  const used = b.VagasUtilizadas ?? 0;
  if (used > b.VagasOfertadas)
    throw badRequest(`Campo VagasUtilizadas (${used}) não pode ser maior que VagasOfertadas (${b.VagasOfertadas}).`);
  const branch = b.Filial ? await branchByAnyCode(sql, b.CodColigada, b.Filial) : undefined;
  if (b.Filial && !branch)
    throw notFound(`Filial ${b.Filial} não encontrada na coligada ${b.CodColigada} (campo Filial).`);
  if (!(await findClass(sql, b.CodColigada, b.IdPerlet, b.CodTurma))) {
    throw notFound(
      `Turma ${b.CodTurma} do período letivo ${b.IdPerlet} não encontrada na coligada ${b.CodColigada} (campos CodTurma e IdPerlet).`,
    );
  }
  const values = [
    b.CodColigada,
    b.NumeroContrato,
    b.NumProposta,
    branch?.codFilial ?? null,
    cnpj,
    b.NomeEmpresa,
    centsToDecimal(b.ValorContrato),
    b.CodTurma,
    b.IdPerlet,
    b.VagasOfertadas,
    used,
  ];
  await sql.query(
    `INSERT INTO ZPJFIECCONTRATO (CODCOLIGADA, NUMEROCONTRATO, NUMPROPOSTA, CODFILIAL, CNPJ, NOMEEMPRESA, VALORCONTRATO, CODTURMA, IDPERLET, VAGASOFERTADAS, VAGASUTILIZADAS)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (CODCOLIGADA, NUMEROCONTRATO, NUMPROPOSTA) WHERE D_E_L_E_T_ = ' ' DO UPDATE SET CODFILIAL = EXCLUDED.CODFILIAL, CNPJ = EXCLUDED.CNPJ,
       NOMEEMPRESA = EXCLUDED.NOMEEMPRESA, VALORCONTRATO = EXCLUDED.VALORCONTRATO, CODTURMA = EXCLUDED.CODTURMA, IDPERLET = EXCLUDED.IDPERLET,
       VAGASOFERTADAS = EXCLUDED.VAGASOFERTADAS, VAGASUTILIZADAS = EXCLUDED.VAGASUTILIZADAS`,
    values,
  );
}

type PjRow = {
  col: number;
  numero: string;
  proposta: string;
  cnpj: string;
  start: string;
  end: string;
  ofertadas: number;
  utilizadas: number;
  alunos: number;
};

/** "Não iniciado" / "Em andamento" / "Encerrado", from the class dates against the business date. */
function pjStatus(today: string, start: string, end: string): string {
  if (today < start) return "Não iniciado";
  return today > end ? "Encerrado" : "Em andamento";
}

async function consult(sql: Sql, today: string, numero: string | undefined, proposta: string | undefined) {
  const { rows } = await sql.query<PjRow>(
    `SELECT p.CODCOLIGADA AS col, p.NUMEROCONTRATO AS numero, p.NUMPROPOSTA AS proposta, p.CNPJ AS cnpj, t.DTINICIAL AS start, t.DTFINAL AS "end",
            p.VAGASOFERTADAS AS ofertadas, p.VAGASUTILIZADAS AS utilizadas,
            (SELECT count(*)::int FROM ZPJFIECCONTRATOALUNO a WHERE a.CODCOLIGADA = p.CODCOLIGADA AND a.NUMEROCONTRATO = p.NUMEROCONTRATO
                AND a.NUMPROPOSTA = p.NUMPROPOSTA AND a.D_E_L_E_T_ = ' ') AS alunos
       FROM ZPJFIECCONTRATO p
       JOIN STURMA t ON t.CODCOLIGADA = p.CODCOLIGADA AND t.IDPERLET = p.IDPERLET AND t.CODTURMA = p.CODTURMA AND t.D_E_L_E_T_ = ' '
      WHERE p.D_E_L_E_T_ = ' ' AND ($1::text IS NULL OR p.NUMEROCONTRATO = $1) AND ($2::text IS NULL OR p.NUMPROPOSTA = $2)
      ORDER BY p.CODCOLIGADA, p.NUMEROCONTRATO, p.NUMPROPOSTA`,
    [numero ?? null, proposta ?? null],
  );
  const answer = [];
  for (const r of rows) {
    // The CNPJ's registered client code, else the CodCFO rule's default: 8 CNPJ digits + store 0001.
    const cfo = await firstRow<{ code: string }>(
      sql,
      "SELECT CODCFO AS code FROM FCFO WHERE CGCCFO = $1 AND CODCOLIGADA IN (0, $2) AND D_E_L_E_T_ = ' ' ORDER BY CODCOLIGADA LIMIT 1",
      [r.cnpj, r.col],
    );
    answer.push({
      NumeroContrato: r.numero,
      NumProposta: r.proposta,
      DataInicioTurma: wireDate(r.start),
      DataFimTurma: wireDate(r.end),
      TotalVagas: r.ofertadas,
      VagasDisponiveis: r.ofertadas - r.utilizadas,
      VagasUtilizadas: r.utilizadas,
      AlunosVinculados: r.alunos,
      StatusContrato: pjStatus(today, r.start, r.end),
      Clientefornecedor: cfo?.code ?? `${r.cnpj.slice(0, 8)}0001`,
    });
  }
  return answer;
}
