// RM reference tables (coligadas, branches, courses, classes…) and people (PPESSOA, FCFO, SALUNO…).
import { COL, date, money, type Table } from "./schema-columns";

export const referenceTables: Record<string, Table> = {
  // Integration users of the Basic auth (RM: GUSUARIO). STATUS 1 = active, 0 = inactive.
  GUSUARIO: {
    columns: [
      "CODUSUARIO varchar(20) NOT NULL",
      "NOME varchar(60) NOT NULL",
      "SENHA varchar(200) NOT NULL",
      "STATUS smallint NOT NULL DEFAULT 1",
    ],
    options: { unique: "CODUSUARIO" },
  },
  GCOLIGADA: {
    columns: [COL, "NOMEFANTASIA varchar(60) NOT NULL", "NOME varchar(100) NOT NULL", "CGC varchar(14) NOT NULL"],
    options: { unique: "CODCOLIGADA" },
  },
  // IDINTEGRACAO = the Protheus branch (E1_FILIAL) the branch maps to, e.g. UN20 → 03CE0001.
  GFILIAL: {
    columns: [
      COL,
      "CODFILIAL smallint NOT NULL",
      "SIGLA varchar(10) NOT NULL",
      "NOME varchar(100) NOT NULL",
      "CIDADE varchar(60) NOT NULL",
      "ESTADO char(2) NOT NULL",
      "IDINTEGRACAO varchar(10) NOT NULL",
    ],
    options: { unique: "CODCOLIGADA, CODFILIAL" },
  },
  SCURSO: {
    columns: [COL, "CODCURSO varchar(20) NOT NULL", "NOME varchar(100) NOT NULL", "MODALIDADE varchar(40) NOT NULL"],
    options: { unique: "CODCOLIGADA, CODCURSO" },
  },
  SHABILITACAO: {
    columns: [
      COL,
      "CODCURSO varchar(20) NOT NULL",
      "CODHABILITACAO varchar(20) NOT NULL",
      "NOME varchar(100) NOT NULL",
    ],
    options: { unique: "CODCOLIGADA, CODCURSO, CODHABILITACAO" },
  },
  SPLETIVO: {
    columns: [
      COL,
      "IDPERLET integer NOT NULL",
      "CODPERLET varchar(10) NOT NULL",
      "CODFILIAL smallint NOT NULL",
      date("DTINICIO"),
      date("DTFIM"),
    ],
    options: { unique: "CODCOLIGADA, IDPERLET" },
  },
  // Matriz aplicada = curso/habilitação offered in a branch and period; VALOR and MAXPARCELAS are
  // the offering's price and instalment ceiling (FIEC parameters, read by the portal's catalogue).
  SMATRIZAPLICADA: {
    columns: [
      COL,
      "IDMATRIZAPLICADA integer NOT NULL",
      "CODCURSO varchar(20) NOT NULL",
      "CODHABILITACAO varchar(20) NOT NULL",
      "CODFILIAL smallint NOT NULL",
      "IDPERLET integer NOT NULL",
      "DESCRICAO varchar(100) NOT NULL",
      money("VALOR"),
      "MAXPARCELAS smallint NOT NULL DEFAULT 1",
    ],
    options: { unique: "CODCOLIGADA, IDMATRIZAPLICADA" },
  },
  STURMA: {
    columns: [
      COL,
      "IDPERLET integer NOT NULL",
      "CODTURMA varchar(20) NOT NULL",
      "NOME varchar(100) NOT NULL",
      "CODFILIAL smallint NOT NULL",
      "IDMATRIZAPLICADA integer NOT NULL",
      "TURNO varchar(20) NOT NULL",
      date("DTINICIAL"),
      date("DTFINAL"),
      "MAXALUNOS integer NOT NULL",
    ],
    options: { unique: "CODCOLIGADA, IDPERLET, CODTURMA" },
  },
  SDISCIPLINA: {
    columns: [COL, "CODDISC varchar(20) NOT NULL", "NOME varchar(100) NOT NULL", "CARGAHORARIA integer NOT NULL"],
    options: { unique: "CODCOLIGADA, CODDISC" },
  },
  STURMADISC: {
    columns: [
      COL,
      "IDTURMADISC integer NOT NULL",
      "IDPERLET integer NOT NULL",
      "CODTURMA varchar(20) NOT NULL",
      "CODDISC varchar(20) NOT NULL",
      date("DTINICIAL"),
      date("DTFINAL"),
    ],
    options: { unique: "CODCOLIGADA, IDTURMADISC" },
  },
  // Cash accounts (conta/caixa). SEMMOVIMENTACAO 'T' = card/NCC account without bank movement.
  FCXA: {
    columns: [
      COL,
      "CODCXA varchar(10) NOT NULL",
      "DESCRICAO varchar(80) NOT NULL",
      "CODFILIAL smallint NOT NULL",
      "NUMBANCO varchar(3)",
      "NUMAGENCIA varchar(10)",
      "NROCONTA varchar(20)",
      "SEMMOVIMENTACAO char(1) NOT NULL DEFAULT 'F'",
    ],
    options: { unique: "CODCOLIGADA, CODCXA" },
  },
  // Scholarships; TIPO 'I' institucional, 'A' adicional (the customisation's parameters name one of each).
  SBOLSA: {
    columns: [COL, "CODBOLSA integer NOT NULL", "NOME varchar(60) NOT NULL", "TIPO char(1) NOT NULL"],
    options: { unique: "CODCOLIGADA, CODBOLSA" },
  },
  // Counters (RM's GAUTOINC): IDLAN, IDACORDO, CODCONTRATO, RA, IDBAIXA, IDBOLETO, CODPESSOA.
  GAUTOINC: {
    columns: [COL, "CODAUTOINC varchar(20) NOT NULL", "VALAUTOINC integer NOT NULL"],
    options: { unique: "CODCOLIGADA, CODAUTOINC" },
  },
};

export const peopleTables: Record<string, Table> = {
  // Cliente/fornecedor. CODCOLIGADA 0 = global (shared by every coligada).
  FCFO: {
    columns: [
      COL,
      "CODCFO varchar(13) NOT NULL",
      "NOME varchar(100) NOT NULL",
      "CGCCFO varchar(14) NOT NULL",
      "PESSOAFISOUJUR char(1) NOT NULL",
      "EMAIL varchar(100) NOT NULL DEFAULT ''",
      "CEP varchar(9) NOT NULL DEFAULT ''",
      "RUA varchar(100) NOT NULL DEFAULT ''",
      "NUMERO varchar(10) NOT NULL DEFAULT ''",
      "COMPLEMENTO varchar(60) NOT NULL DEFAULT ''",
      "BAIRRO varchar(80) NOT NULL DEFAULT ''",
      "CODETD char(2) NOT NULL DEFAULT ''",
      "CIDADE varchar(80) NOT NULL DEFAULT ''",
      "PAIS varchar(40) NOT NULL DEFAULT ''",
      "TELEFONE varchar(20) NOT NULL DEFAULT ''",
      "CELULAR varchar(20) NOT NULL DEFAULT ''",
      "TELCOMERCIAL varchar(20) NOT NULL DEFAULT ''",
      "FAX varchar(20) NOT NULL DEFAULT ''",
    ],
    options: { unique: "CODCOLIGADA, CODCFO", indexes: ["CGCCFO"] },
  },
  PPESSOA: {
    columns: [
      "CODIGO integer NOT NULL",
      "NOME varchar(100) NOT NULL",
      date("DTNASCIMENTO"),
      "CPF varchar(11) NOT NULL",
      "EMAIL varchar(100) NOT NULL DEFAULT ''",
      "ESTADONATAL char(2) NOT NULL DEFAULT ''",
      "NATURALIDADE varchar(60) NOT NULL DEFAULT ''",
      "CEP varchar(9) NOT NULL DEFAULT ''",
      "RUA varchar(100) NOT NULL DEFAULT ''",
      "NUMERO varchar(10) NOT NULL DEFAULT ''",
      "COMPLEMENTO varchar(60) NOT NULL DEFAULT ''",
      "BAIRRO varchar(80) NOT NULL DEFAULT ''",
      "ESTADO char(2) NOT NULL DEFAULT ''",
      "CIDADE varchar(80) NOT NULL DEFAULT ''",
      "PAIS varchar(40) NOT NULL DEFAULT ''",
      "TELEFONE1 varchar(20) NOT NULL DEFAULT ''",
      "TELEFONE2 varchar(20) NOT NULL DEFAULT ''",
      "TELEFONE3 varchar(20) NOT NULL DEFAULT ''",
      "FAX varchar(20) NOT NULL DEFAULT ''",
      "SITOCUPACIONAL smallint",
      "TIPOESCOLA smallint",
    ],
    options: { unique: "CODIGO", indexes: ["CPF"] },
  },
  SALUNO: {
    columns: [COL, "RA varchar(20) NOT NULL", "CODPESSOA integer NOT NULL", "IDMATRIZAPLICADA integer"],
    options: { unique: "CODCOLIGADA, RA", indexes: ["CODPESSOA"] },
  },
  SALUNOCOMPL: {
    columns: [COL, "RA varchar(20) NOT NULL", "NOMEMAE varchar(100) NOT NULL DEFAULT ''"],
    options: { unique: "CODCOLIGADA, RA" },
  },
};
