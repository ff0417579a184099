/**
 * The 14 answers ("Retorno") of ../shared/seeds/sge-enrolment-api.txt, verbatim (line numbers of the
 * seed), as RM would put them on the wire. Four carry typos of the document, not of RM (a missing
 * comma, a trailing comma, an unquoted word, a JSON string printed over several lines): `typo` says
 * which, and `repaired` is the same text with only that fixed.
 */
export const seedAnswers = {
  /** IntegracaoSALESFORCE/AtualizarServicoCRM (seed line 71). */
  atualizarServicoCrm:
    '{\n   "Message": "Serviço incluído com sucesso!\\r\\n",\n   "Status": "Sucesso",\n   "StatusCode": 200\n}',
  /** IntegracaoSALESFORCE/GravarResponsavelFinanceiro (seed line 159). */
  gravarResponsavelFinanceiro:
    '{\n  "Message": "Responsavel: 0172104210001, criado com Sucesso!",\n  "Status": "Sucesso",\n  "StatusCode": 200\n} ',
  /** IntegracaoSALESFORCE/GravarAluno (seed line 267). */
  gravarAluno:
    '{\n   "Message": "Aluno: 205, existente em base, atualizado com Sucesso!\\r\\n",\n   "Status": "Sucesso",\n   "StatusCode": 200\n}',
  /** IntegracaoSALESFORCE/RealizarMatricula (seed line 445). */
  realizarMatricula:
    '{\n    "Matricula": {\n        "Matricula": "0000000001",\n        "XNumPro": "SGE3F20C100",\n        "CodFilial": "UN20",\n        "FilialProtheus": "03CE0001",\n        "CodColigada": 3,\n        "CodContrato": "100",\n        "StatusContrato": "Vigente",\n        "DataInicio": "2022-07-08T00:00:00",\n        "DuracaoEmMeses": 4,\n        "SituacaoMatricula": "Pré-Matriculado"\n    },\n    "Message": "Matrícula realizada com sucesso!",\n    "Status": "Sucesso",\n    "StatusCode": 200\n} ',
  /** CstIntegracaoProtheus/ItemContabil (seed line 518). */
  itemContabil: '{\n"Message": "Sucesso ao criar o item 123\\r\\n",\n"Status": "Sucesso"\n"StatusCode": 200\n}',
  /** CstIntegracaoProtheus/InclusaoLancamento (seed line 599). */
  inclusaoLancamento:
    '{\n"Message": "Sucesso ao incluir o Id. Lançamento 142.\\r\\n",\n"Status": "Sucesso",\n"StatusCode": 200,\n"IdLan": 142\n}',
  /** CstIntegracaoProtheus/CancelamentoLancamento (seed line 661). */
  cancelamentoLancamento:
    '{\n"Message": "Sucesso ao excluir o Id. Lançamento 142\\r\\n",\n"Status": "Sucesso",\n"StatusCode": 200\n}',
  /** CstIntegracaoProtheus/CancelamentoBaixa (seed line 733). */
  cancelamentoBaixa:
    '{\n"Message": "Sucesso ao cancelar baixa do Id. Lançamento 142\\r\\n",\n"Status": "Sucesso",\n"StatusCode": 200\n}',
  /** CstIntegracaoProtheus/BaixaTitulo (seed line 826). */
  baixaTitulo:
    '{\n    "Message": "Sucesso ao baixar o titulo do Id. Lançamento 143\\r\\n",\n    "Status": "Sucesso",\n    "StatusCode": 200\n}',
  /** CstIntegracaoProtheus/AlteracaoNossoNumero (seed line 893). */
  alteracaoNossoNumero:
    '{\n    "Message": "Sucesso ao fazer a Alteração do Nosso Numero (IDLan/Numero Pedido : 172, NossoNumero: 123).\\r\\n\\r\\n",\n    "Status": "Sucesso",\n    "StatusCode": 200\n}',
  /** CstIntegracaoProtheusAcordo/Inclusao (seed line 1028). */
  acordoInclusao:
    '{\n  "Message": "Acordo 33 gerado com sucesso\\r\\n",\n  "Status": "Sucesso",\n  "StatusCode": 200,\n  "Data": "{\n                "IdAcordo":33,\n                "LancamentosAcordo":[\n                    {\n                        "Identificador":"001",\n                        "Idlan":300,\n                        "DataVencimento":"2022-07-10T00:00:00"\n                    },\n                    {\n                        "Identificador":"002",\n                        "Idlan":301,\n                        "DataVencimento":"2022-08-10T00:00:00"\n                    },\n                    {\n                        "Identificador":"003",\n                        "Idlan":302,\n                        "DataVencimento":"2022-09-10T00:00:00"\n                    }\n                ]\n            }"\n}',
  /** CstIntegracaoProtheusAcordo/Cancelamento (seed line 1110). */
  acordoCancelamento:
    '{\n  "Message": "Acordo 21 (Liquidação Protheus: 3|CSI|TESTE|CNO418Parc4&5), cancelado com sucesso.\\r\\n",\n  "Status": "Sucesso",\n  "StatusCode": 200,\n }',
  /** ContratoPJ/SetContract (seed line 1174). */
  setContract: '{\n  "Message": "Registro integrado com sucesso",\n  "Status": Sucesso,\n  "StatusCode": 200\n} ',
  /** ContratoPJ/ConsultContract (seed line 1209). */
  consultContract:
    '[\n  {\n    "NumeroContrato": "123456",\n    "NumProposta": "123",\n    "DataInicioTurma": "2022-09-27T00:00:00",\n    "DataFimTurma": "2022-11-29T00:00:00",\n    "TotalVagas": 10,\n    "VagasDisponiveis": 8,\n    "VagasUtilizadas": 2,\n    "AlunosVinculados": 4,\n    "StatusContrato": "Não iniciado",\n    "Clientefornecedor": "005959790001"\n  }\n]',
} as const;
