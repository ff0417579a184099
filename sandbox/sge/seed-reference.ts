/**
 * Reference data of the SGE stand-in (documented in sandbox/docs/sge.md): coligadas, branches
 * with their Protheus branch, courses, applied matrices with price and instalment ceiling,
 * periods, classes (seed-classes.ts, dates relative to the business date), subjects, cash
 * accounts, scholarships, accounting items, CRM services and the integration users. Ids the seed's
 * examples use are fixed here: matrices 4 and 22, periods 4 and 11, classes 11|TEC.001.017 and
 * 4|APB.001.001 (in seed-classes.ts), item 123.
 */
import { withCheckDigits } from "../../lib/br-documents";
import { hashPassword, seedSalt } from "../protheus/users";
import { sgeUsers } from "./auth";
import { addDays } from "../../lib/dates";
import { seedClasses } from "./seed-classes";
import { insertRow, type Sql } from "./sql";

export const coligadas = [
  { cod: 1, fantasia: "FIEC", nome: "Federação das Indústrias do Estado do Ceará", cnpjBase: "073419900001" },
  {
    cod: 2,
    fantasia: "SESI",
    nome: "Serviço Social da Indústria - Departamento Regional do Ceará",
    cnpjBase: "033026140001",
  },
  {
    cod: 3,
    fantasia: "SENAI",
    nome: "Serviço Nacional de Aprendizagem Industrial - Departamento Regional do Ceará",
    cnpjBase: "033026150001",
  },
] as const;

export const branches = [
  { col: 1, cod: 1, nome: "FIEC - Casa da Indústria", cidade: "Fortaleza", protheus: "01CE0001" },
  { col: 2, cod: 10, nome: "SESI Parangaba", cidade: "Fortaleza", protheus: "02CE0001" },
  { col: 2, cod: 11, nome: "SESI Juazeiro do Norte", cidade: "Juazeiro do Norte", protheus: "02CE0002" },
  { col: 3, cod: 20, nome: "SENAI Jacarecanga", cidade: "Fortaleza", protheus: "03CE0001" },
  { col: 3, cod: 21, nome: "SENAI Maracanaú", cidade: "Maracanaú", protheus: "03CE0002" },
] as const;

const courses = [
  {
    col: 3,
    cod: "APT.00011",
    nome: "Aprendizagem Industrial em Mecânica de Usinagem",
    modalidade: "Aprendizagem Industrial",
  },
  { col: 3, cod: "TEC.00011", nome: "Técnico em Mecânica", modalidade: "Técnico de Nível Médio" },
  { col: 3, cod: "TEC.00012", nome: "Técnico em Eletrotécnica", modalidade: "Técnico de Nível Médio" },
  {
    col: 2,
    cod: "EJA.00001",
    nome: "EJA Profissionalizante - Ensino Médio",
    modalidade: "Educação de Jovens e Adultos",
  },
  { col: 2, cod: "CUR.00005", nome: "Informática Básica", modalidade: "Curso Livre" },
] as const;

/** Periods: [col, id, branch, start offset, end offset] in days from the business date. */
const periods = [
  [3, 11, 20, -60, 300],
  [3, 4, 20, 20, 200],
  [3, 12, 21, -60, 300],
  [2, 21, 10, -45, 300],
  [2, 22, 11, 0, 180],
] as const;

const matrices = [
  { col: 3, id: 22, curso: "TEC.00011", filial: 20, perlet: 11, valor: "2400.00", maxParcelas: 12 },
  { col: 3, id: 4, curso: "APT.00011", filial: 20, perlet: 4, valor: "1200.00", maxParcelas: 6 },
  { col: 3, id: 23, curso: "TEC.00012", filial: 21, perlet: 12, valor: "3000.00", maxParcelas: 12 },
  { col: 2, id: 5, curso: "EJA.00001", filial: 10, perlet: 21, valor: "900.00", maxParcelas: 6 },
  { col: 2, id: 6, curso: "CUR.00005", filial: 11, perlet: 22, valor: "450.00", maxParcelas: 3 },
] as const;

const subjects = [
  [3, "MEC001", "Desenho Técnico Mecânico", 60],
  [3, "MEC002", "Metrologia", 40],
  [3, "MEC003", "Processos de Usinagem", 80],
  [3, "MEC004", "Saúde e Segurança no Trabalho", 20],
  [3, "APR001", "Comunicação Oral e Escrita", 40],
  [3, "APR002", "Matemática Aplicada", 40],
  [3, "APR003", "Práticas de Usinagem", 120],
  [3, "ELE001", "Eletricidade Básica", 60],
  [3, "ELE002", "Instalações Elétricas Prediais", 80],
  [3, "ELE003", "Comandos Elétricos", 60],
  [2, "EJA001", "Língua Portuguesa", 80],
  [2, "EJA002", "Matemática", 80],
  [2, "EJA003", "Ciências da Natureza", 60],
  [2, "INF001", "Sistema Operacional e Internet", 20],
  [2, "INF002", "Editor de Texto e Planilhas", 20],
] as const;

/** Cash accounts: [col, code, description, branch, bank, agency, account, no-movement]. */
const cashAccounts = [
  [1, "001", "Banco do Brasil - Conta Movimento FIEC", 1, "001", "01", "999999", false],
  [2, "001", "Caixa Econômica - Cobrança SESI Parangaba", 10, "104", "0001", "555555", false],
  [2, "002", "Caixa Econômica - Cobrança SESI Juazeiro", 11, "104", "0002", "666666", false],
  [2, "00001", "Cartão/NCC sem movimentação - SESI", 10, null, null, null, true],
  [3, "001", "Banco do Brasil - Conta Movimento Jacarecanga", 20, "001", "01", "111111", false],
  [3, "002", "Cobrança registrada - Jacarecanga", 20, "002", "9598", "1234", false],
  [3, "003", "Banco do Brasil - Conta Movimento Maracanaú", 21, "001", "01", "111111", false],
  [3, "00001", "Cartão/NCC sem movimentação - SENAI", 20, null, null, null, true],
] as const;

const itemsContabeis = [
  [3, "123", null, "Educação Profissional - Cursos Técnicos", "T"],
  [3, "124", "03CE0001", "Educação Profissional - Aprendizagem Industrial", "T"],
  [3, "130", null, "Item desativado (exemplo)", "F"],
  [2, "223", null, "Educação Básica - EJA", "T"],
] as const;

/** `2026.2`: year and semester of a date. */
const perletCode = (iso: string) => `${iso.slice(0, 4)}.${Number(iso.slice(5, 7)) <= 6 ? 1 : 2}`;

export async function seedReference(sql: Sql, today: string): Promise<void> {
  for (const u of sgeUsers) {
    await insertRow(sql, "GUSUARIO", {
      CODUSUARIO: u.login,
      NOME: u.name,
      SENHA: await hashPassword(u.password, seedSalt(`rm:${u.login}`)),
      STATUS: u.active ? 1 : 0,
    });
  }
  for (const c of coligadas)
    await insertRow(sql, "GCOLIGADA", {
      CODCOLIGADA: c.cod,
      NOMEFANTASIA: c.fantasia,
      NOME: c.nome,
      CGC: withCheckDigits(c.cnpjBase),
    });
  for (const b of branches) {
    await insertRow(sql, "GFILIAL", {
      CODCOLIGADA: b.col,
      CODFILIAL: b.cod,
      SIGLA: `UN${b.cod}`,
      NOME: b.nome,
      CIDADE: b.cidade,
      ESTADO: "CE",
      IDINTEGRACAO: b.protheus,
    });
  }
  for (const c of courses) {
    await insertRow(sql, "SCURSO", { CODCOLIGADA: c.col, CODCURSO: c.cod, NOME: c.nome, MODALIDADE: c.modalidade });
    await insertRow(sql, "SHABILITACAO", { CODCOLIGADA: c.col, CODCURSO: c.cod, CODHABILITACAO: "01", NOME: c.nome });
  }
  for (const [col, id, filial, from, to] of periods) {
    const start = addDays(today, from);
    await insertRow(sql, "SPLETIVO", {
      CODCOLIGADA: col,
      IDPERLET: id,
      CODPERLET: perletCode(start),
      CODFILIAL: filial,
      DTINICIO: start,
      DTFIM: addDays(today, to),
    });
  }
  for (const m of matrices) {
    const course = courses.find((c) => c.cod === m.curso)!;
    await insertRow(sql, "SMATRIZAPLICADA", {
      CODCOLIGADA: m.col,
      IDMATRIZAPLICADA: m.id,
      CODCURSO: m.curso,
      CODHABILITACAO: "01",
      CODFILIAL: m.filial,
      IDPERLET: m.perlet,
      DESCRICAO: course.nome,
      VALOR: m.valor,
      MAXPARCELAS: m.maxParcelas,
    });
  }
  for (const [col, cod, nome, ch] of subjects)
    await insertRow(sql, "SDISCIPLINA", { CODCOLIGADA: col, CODDISC: cod, NOME: nome, CARGAHORARIA: ch });
  await seedClasses(sql, today);
  for (const [col, cod, descr, filial, banco, ag, conta, semMov] of cashAccounts) {
    await insertRow(sql, "FCXA", {
      CODCOLIGADA: col,
      CODCXA: cod,
      DESCRICAO: descr,
      CODFILIAL: filial,
      NUMBANCO: banco,
      NUMAGENCIA: ag,
      NROCONTA: conta,
      SEMMOVIMENTACAO: semMov ? "T" : "F",
    });
  }
  for (const col of [2, 3]) {
    await insertRow(sql, "SBOLSA", { CODCOLIGADA: col, CODBOLSA: 1, NOME: "Bolsa Institucional FIEC", TIPO: "I" });
    await insertRow(sql, "SBOLSA", { CODCOLIGADA: col, CODBOLSA: 2, NOME: "Desconto Adicional Comercial", TIPO: "A" });
  }
  for (const [col, item, filial, descr, status] of itemsContabeis) {
    await insertRow(sql, "ZINTPROTHEUSITEMCONTABILPROTHEUS", {
      CODCOLIGADA: col,
      ITEMCONTABIL: item,
      CODFILIAL: filial,
      DESCRICAO: descr,
      STATUS: status,
    });
  }
  await insertRow(sql, "ZINTSFSERVICOCRM", {
    CODCOLIGADA: 3,
    CODIGO: "1",
    DESCRICAO: "Mensalidade - Aprendizagem Industrial",
    PRODUTOPROTHEUS: "121550",
    NATUREZA: "1100103",
    ITEMCONTABIL: "124",
    CONTACONTABIL: "090090008",
    ATIVO: "T",
  });
  await insertRow(sql, "ZINTSFSERVICOCRMCURSO", { CODCOLIGADA: 3, CODSERVICO: "1", CODCURSO: "APT.00011" });
  await insertRow(sql, "ZINTSFSERVICOCRM", {
    CODCOLIGADA: 2,
    CODIGO: "5",
    DESCRICAO: "Mensalidade - EJA Profissionalizante",
    PRODUTOPROTHEUS: "221001",
    NATUREZA: "1100201",
    ITEMCONTABIL: "223",
    CONTACONTABIL: "090090020",
    ATIVO: "T",
  });
  await insertRow(sql, "ZINTSFSERVICOCRMCURSO", { CODCOLIGADA: 2, CODSERVICO: "5", CODCURSO: "EJA.00001" });
}
