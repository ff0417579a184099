import "server-only";
import { normalizeDocument } from "@/lib/br-documents";
import { codCfoOf } from "@/lib/sge/cod-cfo";
import { toSgeDate } from "@/lib/dates";
import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import { centsToReais } from "@/lib/sge/ops/money";
import type { Enrolment, Responsible, Student } from "./client";

/**
 * The three SGE bodies of an enrolment, built on the server from the validated form (never taken
 * from the browser): the responsible and the student as the form gives them (a new person; for a
 * person RM already has, sge-enrol-people.ts keeps RM's values for what the rep did not confirm),
 * and the enrolment with its contract.
 */

/** Who pays, as RealizarMatricula's Contrato names them: RM's code of the responsible and its coligada (0 = global). */
export type Payer = { codCfo: string; codColCfo: number; name: string };

export type EnrolmentRequests = {
  codCfo: string;
  /** The payer a new responsible becomes (the form's CodCFO; global or the coligada's). */
  payer: Payer;
  responsible: Responsible;
  student: () => Student;
  /** `payer`: RM's own record when the responsible already existed. */
  enrolment: (ra: string, payer?: Payer) => Enrolment;
};

/** `saleDate` (`yyyy-mm-dd`): RealizarMatricula's DataVenda, the business date of the first submission. */
export function enrolmentRequests(form: EnrolmentForm, saleDate: string): EnrolmentRequests {
  const { offering, responsible: r, student: s, contract: c } = form;
  const codCfo = codCfoOf(r.cpfCnpj, r.store)!;
  const ownPayer: Payer = { codCfo, codColCfo: r.global ? 0 : offering.coligada, name: r.name };
  const digits = (v: string) => v.replace(/\D/g, "");
  const responsible: Responsible = {
    CodCFO: codCfo,
    Nome: r.name,
    CPFCNPJ: normalizeDocument(r.cpfCnpj),
    Email: r.email,
    Cep: digits(r.cep),
    Logradouro: r.street,
    Numero: Number(r.number),
    Complemento: r.complement,
    Bairro: r.district,
    Estado: r.state,
    Cidade: r.city,
    Pais: r.country,
    Telefone: digits(r.phone),
    Celular: digits(r.mobile),
    ...(r.workPhone.trim() ? { Tel_Comercial: digits(r.workPhone) } : {}),
    ...(r.fax.trim() ? { Fax: digits(r.fax) } : {}),
    CodColigada: offering.coligada,
    Global: r.global,
  };
  // "Same person" and "same address" are resolved here, so SGE gets what the review showed.
  const person = s.sameAsResponsible
    ? { name: r.name, cpf: normalizeDocument(r.cpfCnpj), email: r.email }
    : { name: s.name, cpf: normalizeDocument(s.cpf), email: s.email };
  const place = s.sameAddress ? r : s;
  const student = (): Student => ({
    Nome: person.name,
    EstadoNatal: s.birthState,
    Naturalidade: s.birthCity,
    DataNascimento: toSgeDate(s.birthDate),
    Cpf: person.cpf,
    Cep: digits(place.cep),
    Rua: place.street,
    Numero: Number(place.number),
    Complemento: place.complement,
    Bairro: place.district,
    Estado: place.state,
    Cidade: place.city,
    Pais: place.country,
    ...(s.homePhone.trim() ? { Tel_Residencial: digits(s.homePhone) } : {}),
    ...(s.mobile.trim() ? { Tel_Celular: digits(s.mobile) } : {}),
    SitOcupacional: Number(s.occupation),
    TipoEscola: Number(s.schoolType) as 1 | 2 | 3 | 4 | 9,
    CodColigada: offering.coligada,
    IdMatrizAplicada: offering.idMatrizAplicada,
    ...(person.email ? { Email: person.email } : {}),
    ...(s.motherName ? { NomeMae: s.motherName } : {}),
  });
  const discount = c.institutionalDiscount + c.additionalDiscount;
  const enrolment = (ra: string, payer: Payer = ownPayer): Enrolment => ({
    CodColigada: offering.coligada,
    IdMatrizAplicada: offering.idMatrizAplicada,
    RA: ra,
    Turma: offering.turma,
    DataMatricula: toSgeDate(c.enrolDate),
    ...(c.endDate ? { DataPrevSaida: toSgeDate(c.endDate) } : {}),
    CondicaoAluno: Number(s.condition),
    CodFinSCAE: Number(s.scae) as 0 | 2 | 3,
    Articulacao: Number(s.articulation),
    Contrato: {
      NomeRespFin: payer.name,
      CodColCfo: payer.codColCfo,
      CodCFO: payer.codCfo,
      ValorTotal: centsToReais(c.total),
      QuantidadeParc: c.instalments,
      ParcelasCartaoParcelaUm: c.ecommerce && c.card ? c.card.instalments : 0,
      DataVencimento: toSgeDate(c.firstDue),
      DiaVencimento: c.dueDay,
      DescontoInstitucional: centsToReais(c.institutionalDiscount),
      DescontoAdicional: centsToReais(c.additionalDiscount),
      ...(discount > 0 ? { MotivoDesconto: c.discountReason } : {}),
      DataVenda: toSgeDate(saleDate),
      ...(c.opportunityId ? { IdOportunidade: Number(c.opportunityId) } : {}),
      FormaPagtoPrimeiraParc: c.firstPayment,
      FormaPagtoDemaisParc: c.otherPayments,
      ReceberBoletoEmail: c.boletoByEmail ? "Sim" : "Não",
      Ecommerce: c.ecommerce ? "Sim" : "Não",
      ...(c.ecommerce && c.card
        ? {
            DadosCartao: {
              Cod_Loja: Number(c.card.store),
              Agencia: c.card.agency,
              Cod_Banco: c.card.bank,
              Conta: c.card.account,
              Motivo: c.card.method === "Crédito" ? "CAC" : "CAR",
              AdquirenteCartao: c.card.acquirer,
              BandeiraCartao: c.card.brand.toUpperCase(),
              NSU: c.card.nsu,
              MeioPagamento: c.card.method,
              ValorTotalCartao: centsToReais(c.total - discount),
              ParcelasCartao: c.card.instalments,
            },
          }
        : {}),
    },
    // Every subject of the class → empty list (SGE then enrols in all of them, as the seed says).
    Disciplinas: offering.disciplinas,
  });
  return { codCfo, payer: ownPayer, responsible, student, enrolment };
}
