import type { TableTemplate } from "./table-template";

/** Contacts, generic tables, parameters and fiscal rules: small tables the PGV API and the job read. */
export const supportTables: Record<string, TableTemplate> = {
  SU5: {
    description: "Contatos",
    sharing: "shared",
    columns: [
      "U5_FILIAL char(2) NOT NULL DEFAULT ''",
      "U5_CODCONT char(6) NOT NULL",
      "U5_CONTAT varchar(60) NOT NULL",
      "U5_EMAIL varchar(100) NOT NULL DEFAULT ''",
      "U5_FUNCAO varchar(40) NOT NULL DEFAULT ''",
      "U5_DDD varchar(3) NOT NULL DEFAULT ''",
      "U5_FONE varchar(15) NOT NULL DEFAULT ''",
      "U5_CELULAR varchar(15) NOT NULL DEFAULT ''",
      "U5_MSBLQL char(1) NOT NULL DEFAULT '2'",
    ],
    unique: "U5_FILIAL, U5_CODCONT",
  },
  // Contact ↔ entity link (TMKA070). For customers AC8_CODENT = A1_COD + A1_LOJA and AC8_FILENT is
  // the customer's branch (SA1 is exclusive, AC8 shared); the PGV contacts API exposes the
  // customer's A1_CGC as `cgcentity`.
  AC8: {
    description: "Relação de contatos x entidades",
    sharing: "shared",
    columns: [
      "AC8_FILIAL char(2) NOT NULL DEFAULT ''",
      "AC8_FILENT char(2) NOT NULL DEFAULT ''",
      "AC8_ENTIDA char(3) NOT NULL",
      "AC8_CODENT varchar(25) NOT NULL",
      "AC8_CODCON char(6) NOT NULL",
    ],
    indexes: ["AC8_CODCON", "AC8_ENTIDA, AC8_FILENT, AC8_CODENT"],
  },
  // Phones of a contact (AGB_ENTIDA 'SU5', AGB_CODENT = U5_CODCONT). AGB_TIPO: 1 comercial,
  // 2 residencial, 3 fax, 4 celular [values defined here after the TMK combo]; AGB_PADRAO 1 = main.
  AGB: {
    description: "Telefones",
    sharing: "shared",
    columns: [
      "AGB_FILIAL char(2) NOT NULL DEFAULT ''",
      "AGB_CODIGO char(6) NOT NULL",
      "AGB_ENTIDA char(3) NOT NULL DEFAULT 'SU5'",
      "AGB_CODENT varchar(25) NOT NULL",
      "AGB_TIPO char(1) NOT NULL DEFAULT '1'",
      "AGB_PADRAO char(1) NOT NULL DEFAULT '2'",
      "AGB_DDI varchar(6) NOT NULL DEFAULT '55'",
      "AGB_DDD varchar(3) NOT NULL DEFAULT ''",
      "AGB_TELEFO varchar(15) NOT NULL",
      "AGB_COMP varchar(40) NOT NULL DEFAULT ''",
    ],
    indexes: ["AGB_ENTIDA, AGB_CODENT"],
    unique: "AGB_FILIAL, AGB_CODIGO",
  },
  // Generic tables. Table 'DJ' = operation types (tipos de operação, C6_OPER), whose TES comes from
  // the SFM rules ("TES inteligente", MATA089).
  SX5: {
    description: "Tabelas genéricas",
    sharing: "shared",
    columns: [
      "X5_FILIAL char(2) NOT NULL DEFAULT ''",
      "X5_TABELA char(2) NOT NULL",
      "X5_CHAVE varchar(6) NOT NULL",
      "X5_DESCRI varchar(55) NOT NULL",
      "X5_DESCSPA varchar(55) NOT NULL DEFAULT ''",
      "X5_DESCENG varchar(55) NOT NULL DEFAULT ''",
    ],
    unique: "X5_FILIAL, X5_TABELA, X5_CHAVE",
  },
  // Parameters (MV_*). X6_FIL blank = valid for every branch. MV_RISCOB/C/D: days a title may be
  // overdue before risk B/C/D blocks credit (TDN MATA450; 10/20/30 in the sandbox).
  SX6: {
    description: "Parâmetros",
    sharing: "shared",
    columns: [
      "X6_FIL char(2) NOT NULL DEFAULT ''",
      "X6_VAR varchar(10) NOT NULL",
      "X6_TIPO char(1) NOT NULL DEFAULT 'C'",
      "X6_DESCRIC varchar(100) NOT NULL DEFAULT ''",
      "X6_CONTEUD varchar(250) NOT NULL DEFAULT ''",
    ],
    unique: "X6_FIL, X6_VAR",
  },
  // Outgoing TES (tipos de entrada e saída, MATA080): whether an invoice item creates receivables
  // (F4_DUPLIC) and moves stock (F4_ESTOQUE); a bonificação creates no title. The tax flags are what
  // MATXFIS reads (sandbox/docs/taxes.md): F4_ICM, F4_IPI and F4_INCSOL (ICMS-ST) calculate the tax
  // (S/N); F4_INCIDE = 'S' puts the IPI in the ICMS base; F4_PISCOF 1 PIS, 2 COFINS, 3 both, 4 none.
  SF4: {
    description: "Tipos de entrada e saída",
    sharing: "shared",
    columns: [
      "F4_FILIAL char(2) NOT NULL DEFAULT ''",
      "F4_CODIGO char(3) NOT NULL",
      "F4_TIPO char(1) NOT NULL DEFAULT 'S'",
      "F4_TEXTO varchar(40) NOT NULL",
      "F4_CF varchar(5) NOT NULL",
      "F4_DUPLIC char(1) NOT NULL DEFAULT 'S'",
      "F4_ESTOQUE char(1) NOT NULL DEFAULT 'S'",
      "F4_ICM char(1) NOT NULL DEFAULT 'S'",
      "F4_IPI char(1) NOT NULL DEFAULT 'S'",
      "F4_INCSOL char(1) NOT NULL DEFAULT 'N'",
      "F4_INCIDE char(1) NOT NULL DEFAULT 'N'",
      "F4_PISCOF char(1) NOT NULL DEFAULT '3'",
      "F4_MSBLQL char(1) NOT NULL DEFAULT '2'",
    ],
    unique: "F4_FILIAL, F4_CODIGO",
  },
  // Exceções fiscais (MATA081): the ICMS-ST margin (F7_MARGEM, MVA %) of a product tax group
  // (B1_GRTRIB) sold to a destination UF (F7_EST) and customer type (F7_TIPOCLI: an A1_TIPO, '*' any).
  // F7_GRPCLI (customer tax group) stays blank in the sandbox: one rule for every customer.
  SF7: {
    description: "Exceções fiscais",
    sharing: "shared",
    columns: [
      "F7_FILIAL char(2) NOT NULL DEFAULT ''",
      "F7_GRTRIB char(3) NOT NULL",
      "F7_GRPCLI char(3) NOT NULL DEFAULT ''",
      "F7_SEQUEN char(2) NOT NULL",
      "F7_EST char(2) NOT NULL",
      "F7_TIPOCLI char(1) NOT NULL DEFAULT '*'",
      "F7_MARGEM numeric(6,2) NOT NULL DEFAULT 0",
    ],
    indexes: ["F7_GRTRIB, F7_EST"],
    unique: "F7_FILIAL, F7_GRTRIB, F7_GRPCLI, F7_SEQUEN",
  },
  // TES inteligente: operation type (FM_TIPO = SX5 'DJ' key) → outgoing TES (FM_TS). Blank
  // customer/product = rule for everyone.
  SFM: {
    description: "TES inteligente",
    sharing: "shared",
    columns: [
      "FM_FILIAL char(2) NOT NULL DEFAULT ''",
      "FM_TIPO char(2) NOT NULL",
      "FM_TS char(3) NOT NULL",
      "FM_CLIENTE char(6) NOT NULL DEFAULT ''",
      "FM_LOJACLI char(2) NOT NULL DEFAULT ''",
      "FM_PRODUTO varchar(15) NOT NULL DEFAULT ''",
    ],
    indexes: ["FM_TIPO"],
  },
};
