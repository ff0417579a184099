/**
 * People of the SGE stand-in: financial responsibles (FCFO) and students (PPESSOA, SALUNO,
 * SALUNOCOMPL). Fixed ones serve the seed's examples: FCFO 0564404200001 (global, RealizarMatricula),
 * CPF 85763425022 with RA 205 (GravarAluno), RA 0000000382 (RealizarMatricula). Documented in
 * sandbox/docs/sge.md.
 */
import { withCheckDigits } from "../../lib/br-documents";
import { formatRa, nextId, setCounter } from "./counters";
import { codCfoFor } from "./documents";
import { insertRow, type Sql } from "./sql";

const codCfoOf = (doc: string) => codCfoFor(doc);

export type Responsible = { col: number; doc: string; nome: string; cidade: string };

const responsible = (col: number, base: string, nome: string, cidade = "Fortaleza"): Responsible => ({
  col,
  doc: withCheckDigits(base),
  nome,
  cidade,
});

export const responsibles = {
  maria: responsible(0, "056440420", "Maria do Socorro Albuquerque"),
  metalurgica: responsible(0, "112223330001", "Metalúrgica Cearense Ltda"),
  antonio: responsible(3, "301202303", "Antônio Carlos Pereira", "Caucaia"),
  jose: responsible(0, "412503604", "José Airton Bezerra", "Maracanaú"),
  francisca: responsible(2, "523604705", "Francisca Helena Martins", "Juazeiro do Norte"),
} as const;

export const cfoOf = (r: Responsible) => ({ codColCfo: r.col, codCfo: codCfoOf(r.doc), nomeRespFin: r.nome });

type Student = { col: number; ra: string; nome: string; cpf: string; nascimento: string; mae: string; email: string };

const student = (col: number, ra: string, nome: string, cpf: string, nascimento: string, mae: string): Student => ({
  col,
  ra,
  nome,
  cpf: cpf.length === 11 ? cpf : withCheckDigits(cpf),
  nascimento,
  mae,
  email: `${nome.split(" ")[0]!.toLowerCase()}.${nome.split(" ").at(-1)!.toLowerCase()}@exemplo.com.br`,
});

export const students = [
  student(3, "205", "Teste Api", "85763425022", "1978-07-05", "Nome da mãe do Aluno"),
  student(3, formatRa(382), "Francisco Wellington Sousa", "614705806", "2004-03-12", "Maria Lúcia Sousa"),
  student(3, formatRa(383), "Ana Beatriz Lima Castro", "725806907", "2005-08-30", "Cláudia Lima Castro"),
  student(3, formatRa(384), "Carlos Eduardo Nogueira", "836907018", "2003-11-02", "Rita de Cássia Nogueira"),
  student(3, formatRa(385), "Joana Darc Ferreira", "947018129", "2006-01-19", "Antônia Ferreira"),
  student(3, formatRa(386), "Pedro Henrique Alves", "158129230", "2002-05-07", "Sandra Alves"),
  student(3, formatRa(387), "Luana Maria Rocha", "269230341", "2004-09-23", "Raimunda Rocha"),
  student(2, formatRa(1001), "Rafael Gomes Teixeira", "370341452", "1990-02-14", "Fátima Gomes"),
] as const;

export async function seedPeople(sql: Sql): Promise<void> {
  for (const r of Object.values(responsibles)) {
    await insertRow(sql, "FCFO", {
      CODCOLIGADA: r.col,
      CODCFO: codCfoOf(r.doc),
      NOME: r.nome,
      CGCCFO: r.doc,
      PESSOAFISOUJUR: r.doc.length === 11 ? "F" : "J",
      EMAIL: `financeiro.${r.doc.slice(0, 6)}@exemplo.com.br`,
      CEP: "60000000",
      RUA: "Rua Barão do Rio Branco",
      NUMERO: "100",
      BAIRRO: "Centro",
      CODETD: "CE",
      CIDADE: r.cidade,
      PAIS: "Brasil",
      TELEFONE: "8532110000",
      CELULAR: "85988880000",
    });
  }
  for (const s of students) {
    const codigo = await nextId(sql, 0, "CODPESSOA");
    await insertRow(sql, "PPESSOA", {
      CODIGO: codigo,
      NOME: s.nome,
      DTNASCIMENTO: s.nascimento,
      CPF: s.cpf,
      EMAIL: s.email,
      ESTADONATAL: "CE",
      NATURALIDADE: "Fortaleza",
      CEP: "60325000",
      RUA: "Avenida Francisco Sá",
      NUMERO: "1500",
      BAIRRO: "Jacarecanga",
      ESTADO: "CE",
      CIDADE: "Fortaleza",
      PAIS: "Brasil",
      TELEFONE2: "85999990000",
      SITOCUPACIONAL: 2,
      TIPOESCOLA: 3,
    });
    await insertRow(sql, "SALUNO", {
      CODCOLIGADA: s.col,
      RA: s.ra,
      CODPESSOA: codigo,
      IDMATRIZAPLICADA: s.col === 3 ? 22 : 5,
    });
    await insertRow(sql, "SALUNOCOMPL", { CODCOLIGADA: s.col, RA: s.ra, NOMEMAE: s.mae });
  }
  // New students get RA 0000000400 (SENAI) and 0000001002 (SESI) onwards.
  await setCounter(sql, 3, "RA", 399);
  await setCounter(sql, 2, "RA", 1001);
}
