import { describe, expect, it } from "vitest";
import { ErpError } from "@/server/erp/errors";
import { listCrmServices } from "@/server/erp/sge/consulta";
import { sgeConnection } from "@/server/erp/sge/connection";
import { findResponsible, findStudent } from "@/server/erp/sge/people";
import { replay } from "./replay";

/**
 * Contract tests on recorded answers (issue 19 item 6): RM's `consultaSQLServer/RealizaConsulta`
 * answers a bare array of rows named by the sentence's columns, with what SQL Server gives —
 * CGCCFO formatted, CHAR columns padded, numbers as numbers, dates as `yyyy-mm-ddT00:00:00`, NULLs,
 * and the column case the sentence's author wrote. The portal reads them unchanged.
 */
const c = () => sgeConnection("demo")!;

const responsibleAnswer = `[
  {"CODCOLIGADA":0,"CODCFO":"0529982247250","NOME":"MARIA DAS GRACAS SOUZA   ","CGCCFO":"529.982.247-25",
   "PESSOAFISOUJUR":"F","EMAIL":"maria@example.com","TELEFONE":"(85) 3333-4444","CELULAR":"(85) 98888-7777",
   "TELCOMERCIAL":null,"FAX":null,"CEP":"60115-170","RUA":"RUA CARLOS VASCONCELOS","NUMERO":"100",
   "COMPLEMENTO":null,"BAIRRO":"ALDEOTA","CODETD":"ce","CIDADE":"FORTALEZA","PAIS":"BRASIL"}
]`;

const studentAnswer = `[
  {"codpessoa":205,"nome":"Teste Api 2","cpf":"857.634.250-22","dtnascimento":"1978-07-05T00:00:00","email":null,
   "estadonatal":"mg","naturalidade":"Belo Horizonte","cep":"38700412","rua":"Pascoal Soares","numero":10,
   "complemento":"102","bairro":"Savassi","estado":"SP","cidade":"São Paulo","pais":"Brasil","telefone1":"3333333333",
   "telefone2":"2312321312","telefone3":null,"fax":null,"sitocupacional":1,"tipoescola":3,"ra":"0000000382",
   "nomemae":"Nome da mãe do Aluno"}
]`;

describe("recorded RealizaConsulta answers", () => {
  it("the responsible's row: formatted document and phones read as digits, NULLs as empty, the UF upper-case", async () => {
    const { result, calls } = await replay({ body: responsibleAnswer }, () => findResponsible(c(), 3, "52998224725"));
    expect(result).toEqual({
      codCfo: "0529982247250",
      coligada: 0,
      document: "52998224725",
      name: "MARIA DAS GRACAS SOUZA",
      email: "maria@example.com",
      phone: "8533334444",
      mobile: "85988887777",
      workPhone: "",
      fax: "",
      address: {
        cep: "60115170",
        street: "RUA CARLOS VASCONCELOS",
        number: "100",
        complement: "",
        district: "ALDEOTA",
        state: "CE",
        city: "FORTALEZA",
        country: "BRASIL",
      },
    });
    // RM's own URL shape: sentence, coligada and system in the path, the parameters as NAME=value;…
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toMatch(/\/framework\/v1\/consultaSQLServer\/RealizaConsulta\/PGV\.SGE\.RESPFIN\/0\/S$/);
    expect(url.searchParams.get("parameters")).toBe("CPFCNPJ=52998224725;CODCOLIGADA=3");
  });

  it("the student's row in lower-case columns, a number where text is expected, the date as RM writes it", async () => {
    const { result } = await replay({ body: studentAnswer }, () => findStudent(c(), 3, "857.634.250-22"));
    expect(result).toMatchObject({
      personId: 205,
      ra: "0000000382",
      cpf: "85763425022",
      birthDate: "1978-07-05",
      birthState: "MG",
      email: "",
      otherPhone: "",
      occupation: "1",
      schoolType: "3",
      address: { number: "10", state: "SP" },
    });
  });

  it("no row is `[]`: nobody, not an error", async () => {
    expect((await replay({ body: "[]" }, () => findStudent(c(), 3, "85763425022"))).result).toBeNull();
  });

  it("RM's envelope for a sentence not registered is an error naming it, not an empty list", async () => {
    const outcome = await replay(
      {
        status: 404,
        body: `{"Message":"Consulta SQL PGV.SGE.SERVICOSCRM não encontrada na coligada 0, sistema S.","Status":"Erro","StatusCode":404}`,
      },
      () => listCrmServices(c(), 3),
    ).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(ErpError);
    expect(outcome).toMatchObject({ kind: "not_found", message: expect.stringContaining("PGV.SGE.SERVICOSCRM") });
  });
});
