/**
 * The contratos PJ (ZPJFIECCONTRATO, ZPJFIECCONTRATOALUNO) of the SGE finance seed, called by
 * seedFinance (seed-finance.ts).
 */
import { withCheckDigits } from "../../lib/br-documents";
import { responsibles } from "./seed-people";
import { insertRow, type Sql } from "./sql";

/**
 * Contratos PJ. 123456/123 answers ConsultContract exactly as the seed's example (10 seats, 2 used,
 * 4 students, "Não iniciado", Clientefornecedor 005959790001: its CNPJ is not in FCFO).
 */
export async function seedContractsPj(sql: Sql): Promise<void> {
  const pj = [
    {
      num: "123456",
      prop: "123",
      cnpj: withCheckDigits("005959790001"),
      nome: "Indústria Têxtil Fortaleza S.A.",
      valor: "1000.00",
      turma: "APB.001.001",
      perlet: 4,
      of: 10,
      ut: 2,
    },
    {
      num: "654321",
      prop: "77",
      cnpj: responsibles.metalurgica.doc,
      nome: responsibles.metalurgica.nome,
      valor: "36000.00",
      turma: "TEC.001.016",
      perlet: 11,
      of: 15,
      ut: 15,
    },
  ];
  for (const c of pj) {
    await insertRow(sql, "ZPJFIECCONTRATO", {
      CODCOLIGADA: 3,
      CODFILIAL: 20,
      NUMEROCONTRATO: c.num,
      NUMPROPOSTA: c.prop,
      CNPJ: c.cnpj,
      NOMEEMPRESA: c.nome,
      VALORCONTRATO: c.valor,
      CODTURMA: c.turma,
      IDPERLET: c.perlet,
      VAGASOFERTADAS: c.of,
      VAGASUTILIZADAS: c.ut,
    });
  }
  for (const ra of ["0000000382", "0000000383", "0000000384", "0000000385"]) {
    await insertRow(sql, "ZPJFIECCONTRATOALUNO", {
      CODCOLIGADA: 3,
      NUMEROCONTRATO: "123456",
      NUMPROPOSTA: "123",
      RA: ra,
    });
  }
}
