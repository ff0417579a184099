/**
 * RM's standard read, `GET /api/framework/v1/consultaSQLServer/RealizaConsulta/{codSentenca}/{codColigada}/{codSistema}?parameters=A=1;B=2`
 * (ERP-CONTRACT.md §6, "RM standard SQL query API"): runs a SQL sentence registered in RM (Gestão |
 * Consultas SQL) and answers a bare JSON array of rows named by the sentence's columns. Not one of
 * the seed's 14 endpoints: the sentences are registered by the customer's RM team, so the sandbox
 * carries the ones the portal names (sandbox/docs/sge.md, "RealizaConsulta").
 */
import type { Context, Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { catalogueSentences } from "./consulta-catalogue";
import { contractSentences } from "./consulta-contracts";
import { integerParam, type Sentence } from "./consulta-sentence";
import { wireDate } from "./dates";
import { onlyDigits } from "./documents";
import { badRequest, notFound } from "./envelope";

const PATH = "/api/framework/v1/consultaSQLServer/RealizaConsulta";

/**
 * The sentences the portal uses, as GCONSSQL would hold them (global: coligada 0, system S =
 * Educacional): the people (each reads what the matching upsert would update, in the order it
 * would pick), the admin lists, the catalogue (consulta-catalogue.ts) and the contracts
 * (consulta-contracts.ts).
 */
const SENTENCES: Record<string, Sentence> = {
  ...catalogueSentences,
  ...contractSentences,
  // GravarResponsavelFinanceiro's upsert: the document among the global rows and the coligada's, the coligada's first.
  "PGV.SGE.RESPFIN": {
    coligada: 0,
    system: "S",
    parameters: ["CPFCNPJ", "CODCOLIGADA"],
    run: async (sql, p) =>
      (
        await sql.query(
          `SELECT CODCOLIGADA AS "CODCOLIGADA", CODCFO AS "CODCFO", NOME AS "NOME", CGCCFO AS "CGCCFO", PESSOAFISOUJUR AS "PESSOAFISOUJUR", EMAIL AS "EMAIL",
                  TELEFONE AS "TELEFONE", CELULAR AS "CELULAR", TELCOMERCIAL AS "TELCOMERCIAL", FAX AS "FAX", CEP AS "CEP", RUA AS "RUA", NUMERO AS "NUMERO",
                  COMPLEMENTO AS "COMPLEMENTO", BAIRRO AS "BAIRRO", CODETD AS "CODETD", CIDADE AS "CIDADE", PAIS AS "PAIS"
             FROM FCFO WHERE CGCCFO = $1 AND CODCOLIGADA IN (0, $2) AND D_E_L_E_T_ = ' ' ORDER BY CODCOLIGADA DESC, CODCFO`,
          [onlyDigits(p.CPFCNPJ!), integerParam(p, "CODCOLIGADA")],
        )
      ).rows,
  },
  // GravarAluno's upsert: the person by CPF (global), with the coligada's student (RA) when there is one.
  "PGV.SGE.ALUNO": {
    coligada: 0,
    system: "S",
    parameters: ["CPF", "CODCOLIGADA"],
    run: async (sql, p) => {
      const { rows } = await sql.query<Record<string, unknown> & { DTNASCIMENTO: string | null }>(
        `SELECT p.CODIGO AS "CODPESSOA", p.NOME AS "NOME", p.CPF AS "CPF", p.DTNASCIMENTO AS "DTNASCIMENTO", p.EMAIL AS "EMAIL", p.ESTADONATAL AS "ESTADONATAL",
                p.NATURALIDADE AS "NATURALIDADE", p.CEP AS "CEP", p.RUA AS "RUA", p.NUMERO AS "NUMERO", p.COMPLEMENTO AS "COMPLEMENTO", p.BAIRRO AS "BAIRRO",
                p.ESTADO AS "ESTADO", p.CIDADE AS "CIDADE", p.PAIS AS "PAIS", p.TELEFONE1 AS "TELEFONE1", p.TELEFONE2 AS "TELEFONE2", p.TELEFONE3 AS "TELEFONE3",
                p.FAX AS "FAX", p.SITOCUPACIONAL AS "SITOCUPACIONAL", p.TIPOESCOLA AS "TIPOESCOLA", a.RA AS "RA", c.NOMEMAE AS "NOMEMAE"
           FROM PPESSOA p
           LEFT JOIN SALUNO a ON a.CODPESSOA = p.CODIGO AND a.CODCOLIGADA = $2 AND a.D_E_L_E_T_ = ' '
           LEFT JOIN SALUNOCOMPL c ON c.CODCOLIGADA = a.CODCOLIGADA AND c.RA = a.RA AND c.D_E_L_E_T_ = ' '
          WHERE p.CPF = $1 AND p.D_E_L_E_T_ = ' ' ORDER BY p.CODIGO, a.RA`,
        [onlyDigits(p.CPF!), integerParam(p, "CODCOLIGADA")],
      );
      return rows.map((r) => ({ ...r, DTNASCIMENTO: wireDate(r.DTNASCIMENTO) }));
    },
  },
  // The admin screen's lists: a coligada's CRM services with their courses, and its accounting items.
  "PGV.SGE.SERVICOSCRM": {
    coligada: 0,
    system: "S",
    parameters: ["CODCOLIGADA"],
    run: async (sql, p) =>
      (
        await sql.query(
          `SELECT s.CODCOLIGADA AS "CODCOLIGADA", s.CODIGO AS "CODIGO", s.DESCRICAO AS "DESCRICAO", s.PRODUTOPROTHEUS AS "PRODUTOPROTHEUS",
                  s.NATUREZA AS "NATUREZA", s.ITEMCONTABIL AS "ITEMCONTABIL", s.CONTACONTABIL AS "CONTACONTABIL", s.ATIVO AS "ATIVO",
                  (SELECT string_agg(c.CODCURSO, ',' ORDER BY c.CODCURSO) FROM ZINTSFSERVICOCRMCURSO c
                    WHERE c.CODCOLIGADA = s.CODCOLIGADA AND c.CODSERVICO = s.CODIGO AND c.D_E_L_E_T_ = ' ') AS "CODCURSOS"
             FROM ZINTSFSERVICOCRM s WHERE s.CODCOLIGADA = $1 AND s.D_E_L_E_T_ = ' ' ORDER BY s.CODIGO`,
          [integerParam(p, "CODCOLIGADA")],
        )
      ).rows,
  },
  "PGV.SGE.ITENSCONTABEIS": {
    coligada: 0,
    system: "S",
    parameters: ["CODCOLIGADA"],
    run: async (sql, p) =>
      (
        await sql.query(
          `SELECT CODCOLIGADA AS "CODCOLIGADA", ITEMCONTABIL AS "ITEMCONTABIL", CODFILIAL AS "CODFILIAL", DESCRICAO AS "DESCRICAO", STATUS AS "STATUS"
             FROM ZINTPROTHEUSITEMCONTABILPROTHEUS WHERE CODCOLIGADA = $1 AND D_E_L_E_T_ = ' ' ORDER BY ITEMCONTABIL`,
          [integerParam(p, "CODCOLIGADA")],
        )
      ).rows,
  },
};

/**
 * `parameters=CPFCNPJ=123;CODCOLIGADA=3`: names case-insensitive, RM's type suffixes (`_S`, `_N`,
 * `_D`) accepted, values taken as they come (leading zeros kept).
 */
function parametersOf(c: Context): Record<string, string> {
  const raw = new URL(c.req.url).searchParams.get("parameters") ?? "";
  const out: Record<string, string> = {};
  for (const pair of raw.split(";")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    out[
      pair
        .slice(0, eq)
        .trim()
        .toUpperCase()
        .replace(/_[SND]$/, "")
    ] = pair.slice(eq + 1).trim();
  }
  return out;
}

export function registerConsultaRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.get(`${PATH}/:codSentenca/:codColigada/:codSistema`, async (c) => {
    const { codSentenca, codColigada, codSistema } = c.req.param();
    const sentence = SENTENCES[codSentenca.toUpperCase()];
    if (!sentence || String(sentence.coligada) !== codColigada || sentence.system !== codSistema.toUpperCase()) {
      throw notFound(`Consulta SQL ${codSentenca} não encontrada na coligada ${codColigada}, sistema ${codSistema}.`);
    }
    const params = parametersOf(c);
    // A declared parameter must be sent; an empty value is a value (a sentence may read it as "any").
    const missing = sentence.parameters.filter((name) => params[name] === undefined);
    if (missing.length > 0)
      throw badRequest(
        `Parâmetro(s) ${missing.join(", ")} não informado(s) para a consulta ${codSentenca} (parameters=NOME=valor;…).`,
      );
    return c.json(await sentence.run(state.db, params));
  });
}
