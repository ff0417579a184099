/**
 * GravarResponsavelFinanceiro (FCFO) and GravarAluno (PPESSOA, SALUNO, SALUNOCOMPL): upserts by
 * CPF/CNPJ, as the seed's "Importante" notes say. Messages exactly as the seed's answers.
 */
import type { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "../context";
import { parseWith, readObject } from "./body";
import { findMatrix } from "./catalog";
import { formatRa, nextId } from "./counters";
import { codCfoFor, normaliseCodCfo, requireDocument } from "./documents";
import { conflict, notFound, sgeSuccess } from "./envelope";
import {
  brDate,
  enrolmentColigada,
  optionalIntIn,
  optionalPhone,
  optionalText,
  phone,
  presentText,
  record,
  text,
} from "./fields";
import { matrixRef, resolveMatrixRef } from "./refs";
import { firstRow, insertRow, updateRow, type Sql } from "./sql";

const PATH = "/api/TOTVSCustomizacao/IntegracaoSALESFORCE";

const ONLY_DIGITS = "deve conter apenas números";
const houseNumber = () => text(10).refine((v) => /^\d+$/.test(v), ONLY_DIGITS);
const optionalHouseNumber = () => optionalText(10).refine((v) => v === undefined || /^\d+$/.test(v), ONLY_DIGITS);

const responsibleSchema = record({
  CodCFO: optionalText(13),
  Nome: text(100),
  CPFCNPJ: text(18),
  Email: text(100),
  Cep: text(9),
  Logradouro: text(100),
  Numero: houseNumber(),
  Complemento: presentText(60),
  Bairro: text(80),
  Estado: text(2).refine((v) => /^[A-Za-z]{2}$/.test(v), "deve ser a sigla do estado (2 letras)"),
  Cidade: text(80),
  Pais: text(40),
  Telefone: phone(),
  Celular: phone(),
  Tel_Comercial: optionalPhone(),
  Fax: optionalPhone(),
  CodColigada: enrolmentColigada(),
  Global: z.boolean({ error: "deve ser true ou false" }).optional(),
});

const studentSchema = record({
  Nome: text(100),
  EstadoNatal: text(2).refine((v) => /^[A-Za-z]{2}$/.test(v), "deve ser a sigla do estado (2 letras)"),
  Naturalidade: text(60),
  DataNascimento: brDate(),
  Cpf: text(14),
  Cep: optionalText(9),
  Rua: optionalText(100),
  Numero: optionalHouseNumber(),
  Complemento: optionalText(60),
  Bairro: optionalText(80),
  Estado: optionalText(2),
  Cidade: optionalText(80),
  Pais: optionalText(40),
  Tel_Residencial: optionalPhone(),
  Tel_Celular: optionalPhone(),
  Tel_3: optionalPhone(),
  Fax: optionalPhone(),
  SitOcupacional: optionalIntIn([1, 2, 3, 4, 5, 6, 7, 8, 9], "1 a 9"),
  TipoEscola: optionalIntIn([1, 2, 3, 4, 9], "1, 2, 3, 4 ou 9"),
  CodColigada: enrolmentColigada(),
  IdMatrizAplicada: matrixRef(),
  Email: optionalText(100),
  NomeMae: optionalText(100),
});

export function registerPeopleRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.post(`${PATH}/GravarResponsavelFinanceiro`, async (c) => {
    const body = parseWith(responsibleSchema, await readObject(c));
    const message = await state.db.transaction((tx) => saveResponsible(tx, body));
    return sgeSuccess(c, message);
  });
  rm.post(`${PATH}/GravarAluno`, async (c) => {
    const body = parseWith(studentSchema, await readObject(c));
    const message = await state.db.transaction((tx) => saveStudent(tx, body));
    return sgeSuccess(c, message);
  });
}

async function saveResponsible(sql: Sql, b: z.output<typeof responsibleSchema>): Promise<string> {
  const doc = requireDocument(b.CPFCNPJ, "CPFCNPJ");
  const sentCode = b.CodCFO === undefined ? undefined : normaliseCodCfo(b.CodCFO, doc);
  const fields = {
    NOME: b.Nome,
    EMAIL: b.Email,
    CEP: b.Cep.replace("-", ""),
    RUA: b.Logradouro,
    NUMERO: b.Numero,
    COMPLEMENTO: b.Complemento,
    BAIRRO: b.Bairro,
    CODETD: b.Estado.toUpperCase(),
    CIDADE: b.Cidade,
    PAIS: b.Pais,
    TELEFONE: b.Telefone,
    CELULAR: b.Celular,
    TELCOMERCIAL: b.Tel_Comercial,
    FAX: b.Fax,
  };
  // Upsert by CPF/CNPJ among the global records and the coligada's own: an existing one keeps its code.
  const existing = await firstRow<{ col: number; code: string }>(
    sql,
    "SELECT CODCOLIGADA AS col, CODCFO AS code FROM FCFO WHERE CGCCFO = $1 AND CODCOLIGADA IN (0, $2) AND D_E_L_E_T_ = ' ' ORDER BY CODCOLIGADA DESC LIMIT 1",
    [doc, b.CodColigada],
  );
  if (existing) {
    await updateRow(sql, "FCFO", { CODCOLIGADA: existing.col, CODCFO: existing.code }, fields);
    return `Responsavel: ${existing.code}, existente em base, atualizado com Sucesso!`;
  }
  const code = sentCode ?? codCfoFor(doc);
  const taken = await firstRow(
    sql,
    "SELECT 1 FROM FCFO WHERE CODCFO = $1 AND CODCOLIGADA IN (0, $2) AND D_E_L_E_T_ = ' '",
    [code, b.CodColigada],
  );
  if (taken) throw conflict(`CodCFO ${code} já pertence a outro cliente/fornecedor: informe outro código de loja.`);
  await insertRow(sql, "FCFO", {
    CODCOLIGADA: b.Global ? 0 : b.CodColigada,
    CODCFO: code,
    CGCCFO: doc,
    PESSOAFISOUJUR: doc.length === 11 ? "F" : "J",
    ...fields,
  });
  return `Responsavel: ${code}, criado com Sucesso!`;
}

async function saveStudent(sql: Sql, b: z.output<typeof studentSchema>): Promise<string> {
  const cpf = requireDocument(b.Cpf, "Cpf", ["cpf"]);
  const matrixId = resolveMatrixRef(b.IdMatrizAplicada, b.CodColigada);
  if (!(await findMatrix(sql, b.CodColigada, matrixId)))
    throw notFound(`Matriz aplicada ${matrixId} não encontrada na coligada ${b.CodColigada} (campo IdMatrizAplicada).`);
  const person = {
    NOME: b.Nome,
    DTNASCIMENTO: b.DataNascimento,
    EMAIL: b.Email,
    ESTADONATAL: b.EstadoNatal.toUpperCase(),
    NATURALIDADE: b.Naturalidade,
    CEP: b.Cep?.replace("-", ""),
    RUA: b.Rua,
    NUMERO: b.Numero,
    COMPLEMENTO: b.Complemento,
    BAIRRO: b.Bairro,
    ESTADO: b.Estado?.toUpperCase(),
    CIDADE: b.Cidade,
    PAIS: b.Pais,
    TELEFONE1: b.Tel_Residencial,
    TELEFONE2: b.Tel_Celular,
    TELEFONE3: b.Tel_3,
    FAX: b.Fax,
    SITOCUPACIONAL: b.SitOcupacional,
    TIPOESCOLA: b.TipoEscola,
  };
  const existing = await firstRow<{ codigo: number }>(
    sql,
    "SELECT CODIGO AS codigo FROM PPESSOA WHERE CPF = $1 AND D_E_L_E_T_ = ' ' ORDER BY CODIGO LIMIT 1",
    [cpf],
  );
  let codigo = existing?.codigo;
  if (codigo !== undefined) await updateRow(sql, "PPESSOA", { CODIGO: codigo }, person);
  else {
    codigo = await nextId(sql, 0, "CODPESSOA");
    await insertRow(sql, "PPESSOA", {
      CODIGO: codigo,
      CPF: cpf,
      ...Object.fromEntries(
        Object.entries(person).map(([k, v]) => [
          k,
          v ?? (k === "SITOCUPACIONAL" || k === "TIPOESCOLA" || k === "DTNASCIMENTO" ? null : ""),
        ]),
      ),
    });
  }
  const student = await firstRow<{ ra: string }>(
    sql,
    "SELECT RA AS ra FROM SALUNO WHERE CODCOLIGADA = $1 AND CODPESSOA = $2 AND D_E_L_E_T_ = ' ' ORDER BY RA LIMIT 1",
    [b.CodColigada, codigo],
  );
  if (student) {
    if (b.NomeMae !== undefined)
      await updateRow(sql, "SALUNOCOMPL", { CODCOLIGADA: b.CodColigada, RA: student.ra }, { NOMEMAE: b.NomeMae });
    return `Aluno: ${student.ra}, existente em base, atualizado com Sucesso!\r\n`;
  }
  const ra = formatRa(await nextId(sql, b.CodColigada, "RA"));
  await insertRow(sql, "SALUNO", { CODCOLIGADA: b.CodColigada, RA: ra, CODPESSOA: codigo, IDMATRIZAPLICADA: matrixId });
  await insertRow(sql, "SALUNOCOMPL", { CODCOLIGADA: b.CodColigada, RA: ra, NOMEMAE: b.NomeMae ?? "" });
  return `Aluno: ${ra}, criado com Sucesso!\r\n`;
}
