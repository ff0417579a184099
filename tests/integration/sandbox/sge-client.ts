import { expect, inject } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";

/**
 * Helpers of the RM SGE contract tests (sandbox/docs/sge.md): Basic-auth calls to `/rm`, the paths
 * of the 14 endpoints and the seed's example payloads, verbatim from
 * shared/seeds/sge-enrolment-api.txt (no-break spaces, the malformed AtualizarServicoCRM body and
 * RealizarMatricula's `0001` included).
 */

export const SGE_USER = { login: "integracao", password: "integracao123" };

export const paths = {
  atualizarServicoCrm: "IntegracaoSALESFORCE/AtualizarServicoCRM",
  gravarResponsavelFinanceiro: "IntegracaoSALESFORCE/GravarResponsavelFinanceiro",
  gravarAluno: "IntegracaoSALESFORCE/GravarAluno",
  realizarMatricula: "IntegracaoSALESFORCE/RealizarMatricula",
  itemContabil: "CstIntegracaoProtheus/ItemContabil",
  inclusaoLancamento: "CstIntegracaoProtheus/InclusaoLancamento",
  cancelamentoLancamento: "CstIntegracaoProtheus/CancelamentoLancamento",
  cancelamentoBaixa: "CstIntegracaoProtheus/CancelamentoBaixa",
  baixaTitulo: "CstIntegracaoProtheus/BaixaTitulo",
  alteracaoNossoNumero: "CstIntegracaoProtheus/AlteracaoNossoNumero",
  acordoInclusao: "CstIntegracaoProtheusAcordo/Inclusao",
  acordoCancelamento: "CstIntegracaoProtheusAcordo/Cancelamento",
  setContract: "ContratoPJ/SetContract",
  consultContract: "ContratoPJ/ConsultContract",
} as const;

export type Endpoint = keyof typeof paths;

/** The request bodies of the seed, as printed there. */
export const examples = {
  atualizarServicoCrm:
    '[\n    {\n\t\t"CodColigada: 3,\n\t\t"Codigo: "10",\n\t\t"Descricao: "Mensalidade - Curso Técnico Mecânica",\n\t\t"ProdutoProtheus": "121551",\n  \t\t"Natureza": "1100103",\n\t\t"ItemContabil": "123",\n\t\t"ContaContabil": "090090009",\n  \t\t"Ativo": true,\n        "CodCursos": [ "APT.00011", "TEC.00011" ] \n \u00a0}\n]',
  gravarResponsavelFinanceiro:
    '{\n\u00a0"CodCFO": "172104210001",\n\u00a0"Nome": "Template Json API ",\n\u00a0"CPFCNPJ": "17210421000140",\n\u00a0"Email": "[email\u00a0protected]",\n\u00a0"Cep": "31810365",\n\u00a0"Logradouro": "Logradouro",\n\u00a0"Numero": 20,\n\u00a0"Complemento": "101",\n\u00a0"Bairro": "Bairro",\n\u00a0"Estado": "MG",\n\u00a0"Cidade": "Belo Horizonte",\n\u00a0"Pais": "Brasil",\n\u00a0"Telefone": "03189898989",\n\u00a0"Celular": "77777777777",\n\u00a0"Tel_Comercial": "0314545454545",\n\u00a0"Fax": "0314545454545",\n\u00a0"CodColigada": 3,\n "Global": true\n}',
  gravarAluno:
    '{\n  "Nome": "Teste Api 2 ",\n  "EstadoNatal": "MG",\n  "Naturalidade": "Belo Horizonte",\n  "DataNascimento": "05/07/1978",\n  "Cpf": "85763425022",\n  "Cep": "38700412",\n  "Rua": "Pascoal Soares",\n  "Numero": 10,\n  "Complemento": "102",\n  "Bairro": "Savassi",\n  "Estado": "SP",\n  "Cidade": "São Paulo",\n  "Pais": "Brasil",\n  "Tel_Residencial": "3333333333333",\n  "Tel_Celular": "2312321312",\n  "Tel_3": "13123132313",\n  "Fax": "312321313131",\n  "SitOcupacional": 1,\n  "TipoEscola": 3,\n  "CodColigada": 3,\n  "IdMatrizAplicada": 4,\n  "Email": "[email\u00a0protected]",\n  "NomeMae": "Nome da mãe do Aluno"\n}',
  realizarMatricula:
    '{\n    "CodColigada": 3,\n    "IdMatrizAplicada": "3|22",\n  \u00a0 "RA": "0000000382",\n    "Turma": "11|TEC.001.017",\n    "DataMatricula": "30/05/2022",\n    "DataPrevSaida": "30/05/2023",\n    "CondicaoAluno": 0,\n    "CodFinSCAE": 1,\n    "Articulacao": 2,\n    "Contrato": {\n        "NomeRespFin": "NOME DO CLIENTE FORNECEDOR",\n        "CodColCfo": 0,\n        "CodCFO": "0564404200001",\n        "ValorTotal": 240.0,\n        "QuantidadeParc": 1,\n        "ParcelasCartaoParcelaUm": 0,\n        "DataVencimento": "20/06/2022",\n        "DiaVencimento": 20,\n        "DescontoInstitucional": 0,\n        "DescontoAdicional": 0,\n        "Motivo": "Teste matricula aluno",\n        "DataVenda": "26/04/2022",\n        "IdOportunidade": 1,\n        "FormaPagtoPrimeiraParc": "CAC",\n        "FormaPagtoDemaisParc": "CAC",\n        "ReceberBoletoEmail": "Sim",\n        "Ecommerce": "SIM",\n        "DadosCartao": {\n            "Cod_Loja": 0001,\n            "Agencia": "1369",\n            "Cod_Banco": "001",\n            "Conta": "2002",\n            "Motivo": "CAC",\n            "AdquirenteCartao": "999999999",\n            "BandeiraCartao": "MASTERCARD",\n            "NSU": "9999999999",\n            "MeioPagamento": "Crédito",\n            "ValorTotalCartao": 240.0,\n            "ParcelasCartao": 5\n        }\n    },\n    "Disciplinas": []\n}',
  itemContabil:
    '[\n    {\n\t\t"codColigada": "3",\n\t\t"itemContabil": "0001253",\n        "codFilial": null,\n\t\t"descricao": "teste Exemplo 0",\n\t\t"status": "T"\n\t}\n]',
  inclusaoLancamento:
    '[\n    {\n        "codColigada": "3",\n        "xnumpro": "TESTE1",\n        "contaCaixaBanco": "001",\n        "contaCaixaAgencia": "01",\n        "contaCaixaContaCorrente": "111111",\n        "parcela": \n            {   "pedidoVendaGerencial": "TESTE2",\n                "nossoNumero": "",\n                "dataEmissao": "01/01/2000",\n                "dataVencimento": "13/06/2022",\n                "dataPrevisaoBaixa": "12/06/2022",\n\t\t\t   \u00a0"Filial": "03CE0001",\n    \t\t\t"Prefixo": "001",\n                "Num": "000804",\n                "Parcela": "1",\n                "Tipo": "P"\n            }\u00a0 \u00a0 \u00a0 \u00a0 \u00a0 \u00a0 \n    }\n]',
  cancelamentoLancamento:
    '[\n    {\n\t\t"codColigada": "3",\n  \t\t"idLan": "142",\n \u00a0 \u00a0 \u00a0 \u00a0"Filial": "03CE0001",\n        "Prefixo": "001",\n   \t\t"Num": "000804",\n    \t"Parcela": "1",\n    \t"Tipo": "P",  \u00a0 \u00a0\n  \t\t"DataCancelamento": "01/01/2000"\n\t}\n]',
  cancelamentoBaixa:
    '[\n  {\n    "IdLan": "334",\n \u00a0 \u00a0"Filial": "03CE0001",\n    "Prefixo": "001",\n    "Num": "000804",\n    "Parcela": "1",\n    "Tipo": "P", \u00a0 \u00a0 \n    "DataCancelamento": "06/07/2022",\n    "DataBaixa": "06/07/2022",\n    "ContaCaixaBanco": "002",\n    "ContaCaixaAgencia": "9598",\n    "ContaCaixaContaCorrente": "1234",\n    "ValorBaixa": 2000,\n    "codColigada": "3",\n    "ContaCaixa_SEMMOVIMENTACAO": ""\n  }\n]',
  baixaTitulo:
    '[{\n    "codColigada": "3",\n    "idLan": "143",\n    "Filial": "03CE0001",\n    "Prefixo": "001",\n    "Num": "000804",\n    "Parcela": "1",\n    "Tipo": "P",\n \u00a0 \u00a0"ValorBaixa": 311.26,\n    "DataBaixa": "16/12/2021",\n    "ContaCaixa_Banco": "002",\n    "ContaCaixa_AG": "9598",\n    "ContaCaixa_CC": "1234",\n    "ContaCaixa_SEMMOVIMENTACAO": "00001", \n  \u00a0 "Juros": 30.76,\n    "Multa": 5.50,\n    "Desconto": 0.0\n}]',
  alteracaoNossoNumero:
    '{\n  "codColigada" : "1",\n  "NossoNumero" : "123",\n \u00a0"Idlan": 232,\n \u00a0"Filial": "03CE0001",\n  "Prefixo": "001",\n  "Num": "000805",\n  "Parcela": "1",\n  "Tipo": "P", \u00a0 \n  "NumeroPedido" : null,\n  "CodFilial" : null\n}',
  acordoInclusao:
    '{\n  "IdLiquidacao": "3|CSI|TESTE|CNI418Parc1&5",\n  "codColigada": "3",\n  "NumParcelas": 3,\n  "CodCCusto": "3.03.01.03.01",\n  "TipoJuros": 0,\n  "TaxaJuros": 0,\n  "ValorJurosDia": 0,\n  "DataAcordo": "2022-06-14",\n  "ValorAcordo": 2499.0,\n  "ValorDesconto": 1,\n  "ValorAcrescimo": 100,\n  "LancamentosOriginais": [\n    {\n      "Idlan": 232,\n      "Filial": "03CE0001",\n      "Prefixo": "001",\n      "Num": "000805",\n      "Parcela": "1",\n      "Tipo": "P"\n    },\n    {\n      "Idlan": 233,\n      "Filial": "03CE0001",\n      "Prefixo": "001",\n      "Num": "000805",\n      "Parcela": "1",\n      "Tipo": "P" \u00a0 \n\u00a0 }\n  ],\n  "LancamentosAcordo": [\n    {\n      "Identificador": "001",\n      "Filial": "03CE0001",\n      "Prefixo": "001",\n      "Num": "000804",\n      "Parcela": "1",\n      "Tipo": "P",  \n      "DataVencimento": "2022-07-10",\n      "DataPrevisaoBaixa": "2022-07-10",\n      "Valor": 1050.11\n    },\n    {\n      "Identificador": "002",\n\t  "Filial": "03CE0001",\n      "Prefixo": "001",\n      "Num": "000804",\n      "Parcela": "1",\n      "Tipo": "P",   \u00a0 \u00a0 \u00a0 \n      "DataVencimento": "2022-08-10",\n      "DataPrevisaoBaixa": "2022-08-11",\n      "Valor": 1248.89\n    },\n    {\n      "Identificador": "003",\n      "Filial": "03CE0001",\n      "Prefixo": "001",\n      "Num": "000804",\n      "Parcela": "1",\n      "Tipo": "P",   \u00a0 \u00a0 \u00a0 \n      "DataVencimento": "2022-09-10",\n      "DataPrevisaoBaixa": "2022-09-12",\n      "Valor": 200.00\n    }\n  ]\n}',
  acordoCancelamento:
    '    {\n\t\t"codColigada": "3",\n  \t\t"idLiquidacao": "22",\n  \t\t"DataCancelamento": "01/01/2000"\n\t}',
  setContract:
    '{\n  "CodColigada": 3,\n  "Filial": "03CE0001",\n  "NumeroContrato": "123456",\n  "NumProposta": "123",\n  "CNPJ": "58069568000149",\n  "NomeEmpresa": "Entrega Contrato PJ",\n  "ValorContrato": 1000,\n  "CodTurma": "APB.001.001",\n  "IdPerlet": 4,\n  "VagasOfertadas": 10,\n  "VagasUtilizadas": 2\n}',
} satisfies Partial<Record<Endpoint, string>>;

/** An example as an object, to change one field (the malformed AtualizarServicoCRM one excluded). */
export function exampleBody<T = Record<string, unknown>>(
  name: Exclude<keyof typeof examples, "atualizarServicoCrm" | "realizarMatricula">,
): T {
  return JSON.parse(examples[name].replaceAll("\u00a0", " ")) as T;
}

/** RealizarMatricula's example with `0001` read as Json.NET does. */
export function enrolmentExample(): EnrolmentBody {
  return JSON.parse(examples.realizarMatricula.replaceAll("\u00a0", " ").replace(": 0001", ": 1")) as EnrolmentBody;
}

export type EnrolmentBody = Record<string, unknown> & {
  Contrato: Record<string, unknown> & { DadosCartao?: Record<string, unknown> };
  Disciplinas?: string[];
};

export type SgeAnswer<T = Record<string, unknown>> = {
  status: number;
  body: T & { Message: string; Status: string; StatusCode: number };
};

export const basicAuth = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString("base64")}`;

/** POST (body given: a string is sent as is, anything else as JSON) or GET to /rm/api/TOTVSCustomizacao/<path>. */
export async function sge<T = Record<string, unknown>>(
  endpoint: Endpoint,
  body?: unknown,
  options: { query?: Record<string, string>; authorization?: string | null } = {},
): Promise<SgeAnswer<T>> {
  const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : "";
  const headers: Record<string, string> = { "content-type": "application/json" };
  const authorization =
    options.authorization === undefined ? basicAuth(SGE_USER.login, SGE_USER.password) : options.authorization;
  if (authorization) headers.authorization = authorization;
  const res = await fetch(`${inject("sandboxUrl")}/rm/api/TOTVSCustomizacao/${paths[endpoint]}${query}`, {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as SgeAnswer<T>["body"] };
}

export const admin = sandboxAdmin();

/**
 * RM's standard SQL read (`GET /rm/api/framework/v1/consultaSQLServer/RealizaConsulta/{sentence}/{coligada}/{system}`):
 * a sentence's rows (or the error envelope), `parameters` as sent (`NAME=value;NAME2=value2`, URL-encoded here).
 * The portal's sentences are global (coligada 0) in system S.
 */
export async function consulta<R = Record<string, unknown>>(
  sentence: string,
  parameters?: string,
  options: { coligada?: string; system?: string; authorization?: string | null } = {},
): Promise<{ status: number; body: R[] & { Message?: string; Status?: string; StatusCode?: number } }> {
  const authorization =
    options.authorization === undefined ? basicAuth(SGE_USER.login, SGE_USER.password) : options.authorization;
  const query = parameters === undefined ? "" : `?parameters=${encodeURIComponent(parameters)}`;
  const res = await fetch(
    `${inject("sandboxUrl")}/rm/api/framework/v1/consultaSQLServer/RealizaConsulta/${sentence}/${options.coligada ?? "0"}/${options.system ?? "S"}${query}`,
    { headers: authorization ? { authorization } : {} },
  );
  return { status: res.status, body: (await res.json()) as R[] & { Message?: string } };
}

/** A sentence's rows, failing the test with RM's message when it does not answer 200. */
export async function consultaRows<R = Record<string, unknown>>(sentence: string, parameters: string): Promise<R[]> {
  const res = await consulta<R>(sentence, parameters);
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  return res.body;
}

/** PGV.SGE.CONTRATOS' parameters: every key parameter is sent, an empty one meaning "any". */
export const contractKey = (coligada: number, key: { xnumpro?: string; ra?: string; cpfcnpj?: string }) =>
  `CODCOLIGADA=${coligada};XNUMPRO=${key.xnumpro ?? ""};RA=${key.ra ?? ""};CPFCNPJ=${key.cpfcnpj ?? ""}`;

/** Rows of a query on the sandbox database (PGlite folds the column names to lower case). */
export async function rows<R = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
  return (await admin.sql<R>(sql, params)).rows;
}

/** A valid RealizarMatricula body in coligada 3: RA 0000000382 in 11|TEC.001.017, boleto, `count` instalments. */
export function boletoEnrolment(
  count: number,
  extra: Record<string, unknown> = {},
  contract: Record<string, unknown> = {},
): EnrolmentBody {
  const body = enrolmentExample();
  const { DadosCartao: _card, ...rest } = body.Contrato;
  return {
    ...body,
    ...extra,
    Contrato: {
      ...rest,
      Ecommerce: "Não",
      FormaPagtoPrimeiraParc: "BOL",
      FormaPagtoDemaisParc: "BOL",
      QuantidadeParc: count,
      ...contract,
    },
  };
}

type SgeErrorAnswer = { status: number; body: { Message: string; Status: string; StatusCode: number } };

/** An RM error envelope with this status and message (exact text, or a pattern). */
export function expectSgeError(res: SgeErrorAnswer, status: number, message: RegExp | string) {
  expect(res.status, res.body.Message).toBe(status);
  expect(res.body).toMatchObject({ Status: "Erro", StatusCode: status });
  if (typeof message === "string") expect(res.body.Message).toBe(message);
  else expect(res.body.Message).toMatch(message);
}
