import { ErpError } from "@/server/erp/errors";
import type { Enrolment } from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";
import { sandboxAdmin } from "../sandbox-admin";

// What the typed SGE client tests share (sge-client-enrolment, sge-client-finance, sge-client-failures):
// the sandbox's admin API, the demo alias' SGE connection, the ErpError a call ends in, and the
// seed's RealizarMatricula example. Each test file resets the sandbox before each test.

export const admin = sandboxAdmin();
export const demo = () => sgeConnection("demo")!;

/** The ErpError the call fails with (anything else, or no failure, fails the test). */
export async function failure(promise: Promise<unknown>): Promise<ErpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ErpError) return error;
    throw error;
  }
  throw new Error("expected an ErpError");
}

/** The seed's RealizarMatricula example (with `Cod_Loja` as the number JSON allows). */
export const seedEnrolment = (): Enrolment => ({
  CodColigada: 3,
  IdMatrizAplicada: "3|22",
  RA: "0000000382",
  Turma: "11|TEC.001.017",
  DataMatricula: "30/05/2022",
  DataPrevSaida: "30/05/2023",
  CondicaoAluno: 0,
  CodFinSCAE: 0,
  Articulacao: 2,
  Contrato: {
    NomeRespFin: "NOME DO CLIENTE FORNECEDOR",
    CodColCfo: 0,
    CodCFO: "0564404200001",
    ValorTotal: 240,
    QuantidadeParc: 1,
    ParcelasCartaoParcelaUm: 0,
    DataVencimento: "20/06/2022",
    DiaVencimento: 20,
    DescontoInstitucional: 0,
    DescontoAdicional: 0,
    DataVenda: "26/04/2022",
    IdOportunidade: 1,
    FormaPagtoPrimeiraParc: "CAC",
    FormaPagtoDemaisParc: "CAC",
    ReceberBoletoEmail: "Sim",
    Ecommerce: "Sim",
    DadosCartao: {
      Cod_Loja: 1,
      Agencia: "1369",
      Cod_Banco: "001",
      Conta: "2002",
      Motivo: "CAC",
      AdquirenteCartao: "999999999",
      BandeiraCartao: "MASTERCARD",
      NSU: "9999999999",
      MeioPagamento: "Crédito",
      ValorTotalCartao: 240,
      ParcelasCartao: 5,
    },
  },
  Disciplinas: [],
});
