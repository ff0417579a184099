/**
 * The RM SGE tables the FIEC customisation touches (sge-enrolment-api.txt "Tabela(s) Afetada(s)")
 * plus the reference tables they point at. RM runs on SQL Server with upper-case names; here, like
 * the Protheus tables, identifiers are unquoted (stored lower case) and every table gets the
 * D_E_L_E_T_/R_E_C_N_O_/S_T_A_M_P_ columns of `createProtheusTable`, which the reset snapshot
 * (seed/snapshot.ts) relies on. Dates are ISO `yyyy-mm-dd` text, money numeric(14,2).
 * Documented in sandbox/docs/sge.md.
 */
import { createProtheusTable, type Database, type TableOptions } from "../db";

type Table = { columns: string[]; options?: TableOptions };

const COL = "CODCOLIGADA smallint NOT NULL";
const date = (name: string) => `${name} varchar(10)`;
const money = (name: string) => `${name} numeric(14,2) NOT NULL DEFAULT 0`;

const referenceTables: Record<string, Table> = {
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

const peopleTables: Record<string, Table> = {
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

const enrolmentTables: Record<string, Table> = {
  // CODSTATUS: 'PM' pré-matriculado, 'MT' matriculado, 'CA' cancelado.
  SMATRICPL: {
    columns: [
      COL,
      "IDPERLET integer NOT NULL",
      "IDHABILITACAOFILIAL integer NOT NULL",
      "RA varchar(20) NOT NULL",
      "CODTURMA varchar(20) NOT NULL",
      "CODFILIAL smallint NOT NULL",
      date("DTMATRICULA"),
      date("DTPREVSAIDA"),
      "CODSTATUS varchar(2) NOT NULL",
      "CONDICAOALUNO smallint",
      "CODFINSCAE smallint",
      "ARTICULACAO smallint",
      "CODCONTRATO integer",
    ],
    options: { indexes: ["CODCOLIGADA, IDPERLET, CODTURMA", "CODCOLIGADA, RA"] },
  },
  SMATRICULA: {
    columns: [
      COL,
      "IDTURMADISC integer NOT NULL",
      "RA varchar(20) NOT NULL",
      "IDPERLET integer NOT NULL",
      "CODDISC varchar(20) NOT NULL",
      "CODSTATUS varchar(2) NOT NULL",
      date("DTMATRICULA"),
      "CODCONTRATO integer",
    ],
    options: { indexes: ["CODCOLIGADA, RA"] },
  },
  SHABILITACAOALUNO: {
    columns: [
      COL,
      "IDHABILITACAOFILIAL integer NOT NULL",
      "RA varchar(20) NOT NULL",
      "CODSTATUS varchar(2) NOT NULL",
      date("DTINGRESSO"),
    ],
    options: { indexes: ["CODCOLIGADA, RA"] },
  },
  // STATUS 'Vigente' | 'Cancelado'. XNUMPRO = SGE<col>F<branch>C<CODCONTRATO> (the Protheus/Salesforce key).
  SCONTRATO: {
    columns: [
      COL,
      "CODCONTRATO integer NOT NULL",
      "XNUMPRO varchar(30) NOT NULL",
      "RA varchar(20) NOT NULL",
      "IDPERLET integer NOT NULL",
      "CODTURMA varchar(20) NOT NULL",
      "IDMATRIZAPLICADA integer NOT NULL",
      "CODFILIAL smallint NOT NULL",
      "CODCOLCFO smallint NOT NULL",
      "CODCFO varchar(13) NOT NULL",
      "NOMERESPFIN varchar(100) NOT NULL",
      date("DTINICIO"),
      date("DTFIM"),
      "DURACAOMESES smallint NOT NULL",
      "STATUS varchar(12) NOT NULL",
      money("VALORTOTAL"),
      money("DESCONTOINSTITUCIONAL"),
      money("DESCONTOADICIONAL"),
      "QTDPARCELAS smallint NOT NULL",
      date("DTMATRICULA"),
    ],
    options: { unique: "CODCOLIGADA, CODCONTRATO", indexes: ["XNUMPRO", "CODCOLIGADA, RA"] },
  },
  // IDLAN: the launch currently generated for the instalment (null = none yet).
  SPARCELA: {
    columns: [
      COL,
      "CODCONTRATO integer NOT NULL",
      "PARCELA smallint NOT NULL",
      date("DTVENCIMENTO"),
      money("VALOR"),
      money("VALORBOLSAINST"),
      money("VALORBOLSAADIC"),
      "CODBOLSAINST integer",
      "CODBOLSAADIC integer",
      "FORMAPAGTO char(3) NOT NULL",
      "IDLAN integer",
    ],
    options: { unique: "CODCOLIGADA, CODCONTRATO, PARCELA" },
  },
  ZINTSFDADOSCONTRATO: {
    columns: [
      COL,
      "CODCONTRATO integer NOT NULL",
      "XNUMPRO varchar(30) NOT NULL",
      "IDOPORTUNIDADE varchar(40) NOT NULL DEFAULT ''",
      date("DATAVENDA"),
      "MOTIVO varchar(200) NOT NULL DEFAULT ''",
      "MOTIVODESCONTO varchar(200) NOT NULL DEFAULT ''",
      "FORMAPAGTOPRIMEIRAPARC char(3) NOT NULL",
      "FORMAPAGTODEMAISPARC char(3) NOT NULL",
      "RECEBERBOLETOEMAIL char(1) NOT NULL",
      "ECOMMERCE char(1) NOT NULL",
      "PARCELASCARTAOPARCELAUM smallint NOT NULL DEFAULT 0",
      "CARTAOCODLOJA varchar(10)",
      "CARTAOAGENCIA varchar(10)",
      "CARTAOCODBANCO varchar(3)",
      "CARTAOCONTA varchar(20)",
      "CARTAOMOTIVO char(3)",
      "CARTAOADQUIRENTE varchar(20)",
      "CARTAOBANDEIRA varchar(20)",
      "CARTAONSU varchar(30)",
      "CARTAOMEIOPAGAMENTO varchar(10)",
      "CARTAOVALORTOTAL numeric(14,2)",
      "CARTAOPARCELAS smallint",
    ],
    options: { unique: "CODCOLIGADA, CODCONTRATO" },
  },
  ZINTSFDADOSCONTRATOPARCELA: {
    columns: [
      COL,
      "CODCONTRATO integer NOT NULL",
      "PARCELA smallint NOT NULL",
      "FORMAPAGTO char(3) NOT NULL",
      date("DTVENCIMENTO"),
      money("VALORLIQUIDO"),
    ],
    options: { unique: "CODCOLIGADA, CODCONTRATO, PARCELA" },
  },
};

const financeTables: Record<string, Table> = {
  ZINTSFSERVICOCRM: {
    columns: [
      COL,
      "CODIGO varchar(20) NOT NULL",
      "DESCRICAO varchar(100) NOT NULL DEFAULT ''",
      "PRODUTOPROTHEUS varchar(15) NOT NULL",
      "NATUREZA varchar(10) NOT NULL DEFAULT ''",
      "ITEMCONTABIL varchar(20) NOT NULL DEFAULT ''",
      "CONTACONTABIL varchar(20) NOT NULL DEFAULT ''",
      "ATIVO char(1) NOT NULL",
    ],
    options: { unique: "CODCOLIGADA, CODIGO" },
  },
  // The "Serviço CRM" attachment of the course (Cursos | Anexos | Serviço CRM).
  ZINTSFSERVICOCRMCURSO: {
    columns: [COL, "CODSERVICO varchar(20) NOT NULL", "CODCURSO varchar(20) NOT NULL"],
    options: { unique: "CODCOLIGADA, CODSERVICO, CODCURSO" },
  },
  ZINTPROTHEUSITEMCONTABILPROTHEUS: {
    columns: [
      COL,
      "ITEMCONTABIL varchar(20) NOT NULL",
      "CODFILIAL varchar(10)",
      "DESCRICAO varchar(100) NOT NULL DEFAULT ''",
      "STATUS char(1) NOT NULL",
    ],
    options: { unique: "CODCOLIGADA, ITEMCONTABIL" },
  },
  // Launches. STATUSLAN 0 em aberto, 1 baixado, 2 cancelado. FILIAL..TIPO = the Protheus title key.
  FLAN: {
    columns: [
      COL,
      "IDLAN integer NOT NULL",
      "FILIAL varchar(10) NOT NULL",
      "PREFIXO varchar(3) NOT NULL",
      "NUMERO varchar(9) NOT NULL",
      "PARCELA varchar(3) NOT NULL",
      "TIPO varchar(3) NOT NULL",
      "CODCONTRATO integer",
      "PARCELACONTRATO smallint",
      "CODCOLCFO smallint",
      "CODCFO varchar(13)",
      "PEDIDOVENDA varchar(20) NOT NULL DEFAULT ''",
      "NOSSONUMERO varchar(30) NOT NULL DEFAULT ''",
      date("DATAEMISSAO"),
      date("DTVENCIMENTO"),
      date("DATAPREVBAIXA"),
      money("VALORORIGINAL"),
      money("VALORBOLSA"),
      money("VALORBAIXADO"),
      "STATUSLAN smallint NOT NULL DEFAULT 0",
      date("DATACANCELAMENTO"),
      "CODCXA varchar(10)",
      "IDACORDO integer",
      "HISTORICO varchar(200) NOT NULL DEFAULT ''",
    ],
    options: {
      unique: "CODCOLIGADA, IDLAN",
      indexes: ["CODCOLIGADA, FILIAL, PREFIXO, NUMERO, PARCELA, TIPO", "CODCOLIGADA, CODCONTRATO"],
    },
  },
  // The education side's link of a launch to its contract instalment.
  SLAN: {
    columns: [COL, "IDLAN integer NOT NULL", "CODCONTRATO integer NOT NULL", "PARCELA smallint NOT NULL"],
    options: { indexes: ["CODCOLIGADA, IDLAN"] },
  },
  FBOLETO: {
    columns: [
      COL,
      "IDBOLETO integer NOT NULL",
      "IDLAN integer NOT NULL",
      "NOSSONUMERO varchar(30) NOT NULL DEFAULT ''",
      "CODCXA varchar(10)",
      money("VALOR"),
      date("DTVENCIMENTO"),
      "STATUS smallint NOT NULL DEFAULT 0",
    ],
    options: { unique: "CODCOLIGADA, IDBOLETO", indexes: ["CODCOLIGADA, IDLAN"] },
  },
  // Settlements. TIPOBAIXA 'N' normal, 'A' por acordo; STATUS 0 ativa, 1 cancelada.
  FLANBAIXA: {
    columns: [
      COL,
      "IDLAN integer NOT NULL",
      "IDBAIXA integer NOT NULL",
      date("DATABAIXA"),
      money("VALORBAIXA"),
      money("VALORJUROS"),
      money("VALORMULTA"),
      money("VALORDESCONTO"),
      "CODCXA varchar(10)",
      "NUMBANCO varchar(3)",
      "NUMAGENCIA varchar(10)",
      "NROCONTA varchar(20)",
      "TIPOBAIXA char(1) NOT NULL DEFAULT 'N'",
      "IDACORDO integer",
      "STATUS smallint NOT NULL DEFAULT 0",
      date("DATACANCELAMENTO"),
    ],
    options: { unique: "CODCOLIGADA, IDBAIXA", indexes: ["CODCOLIGADA, IDLAN"] },
  },
  // Agreements. OBSERVACAO = Protheus' IdLiquidacao. STATUS 0 ativo, 1 cancelado.
  FACORDO: {
    columns: [
      COL,
      "IDACORDO integer NOT NULL",
      "OBSERVACAO varchar(200) NOT NULL",
      date("DATAACORDO"),
      money("VALORACORDO"),
      money("VALORDESCONTO"),
      money("VALORACRESCIMO"),
      "NUMPARCELAS smallint NOT NULL",
      "CODCCUSTO varchar(30) NOT NULL DEFAULT ''",
      "TIPOJUROS smallint NOT NULL DEFAULT 0",
      "TAXAJUROS numeric(9,4) NOT NULL DEFAULT 0",
      money("VALORJUROSDIA"),
      "STATUS smallint NOT NULL DEFAULT 0",
      date("DATACANCELAMENTO"),
    ],
    options: { unique: "CODCOLIGADA, IDACORDO" },
  },
  // TIPO 'O' original launch, 'G' launch generated by the agreement (IDENTIFICADOR from Protheus).
  FACORDOREL: {
    columns: [
      COL,
      "IDACORDO integer NOT NULL",
      "IDLAN integer NOT NULL",
      "TIPO char(1) NOT NULL",
      "IDENTIFICADOR varchar(40) NOT NULL DEFAULT ''",
    ],
    options: { indexes: ["CODCOLIGADA, IDACORDO", "CODCOLIGADA, IDLAN"] },
  },
  ZPJFIECCONTRATO: {
    columns: [
      COL,
      "CODFILIAL smallint",
      "NUMEROCONTRATO varchar(20) NOT NULL",
      "NUMPROPOSTA varchar(20) NOT NULL",
      "CNPJ varchar(14) NOT NULL",
      "NOMEEMPRESA varchar(100) NOT NULL",
      money("VALORCONTRATO"),
      "CODTURMA varchar(20) NOT NULL",
      "IDPERLET integer NOT NULL",
      "VAGASOFERTADAS integer NOT NULL",
      "VAGASUTILIZADAS integer NOT NULL",
    ],
    options: { unique: "CODCOLIGADA, NUMEROCONTRATO, NUMPROPOSTA" },
  },
  // Students linked to a contrato PJ (its AlunosVinculados).
  ZPJFIECCONTRATOALUNO: {
    columns: [
      COL,
      "NUMEROCONTRATO varchar(20) NOT NULL",
      "NUMPROPOSTA varchar(20) NOT NULL",
      "RA varchar(20) NOT NULL",
    ],
  },
};

export const sgeTables: Readonly<Record<string, Table>> = {
  ...referenceTables,
  ...peopleTables,
  ...enrolmentTables,
  ...financeTables,
};

/** True when the data dir already holds the SGE tables (a data dir from before them has none). */
export async function hasSgeSchema(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>("SELECT to_regclass('gcoligada') IS NOT NULL AS found");
  return rows[0]?.found === true;
}

export async function createSgeSchema(db: Database): Promise<void> {
  for (const [name, table] of Object.entries(sgeTables))
    await createProtheusTable(db, name, table.columns, table.options);
}
