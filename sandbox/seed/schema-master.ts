import type { TableTemplate } from "./table-template";

/**
 * Master data of SIGAFAT (cadastros). Column names and meanings follow the Protheus dictionary
 * (SX3); sizes are those of a default 12.1.2410 install, widened where faker text needs it.
 * Dates are char(8) `YYYYMMDD` (blank = 8 spaces, as DBAccess stores an empty date); money is
 * numeric(14,2) (PGlite returns it as a string).
 */
export const masterTables: Record<string, TableTemplate> = {
  SA1: {
    description: "Clientes",
    sharing: "exclusive",
    columns: [
      "A1_FILIAL char(2) NOT NULL",
      "A1_COD char(6) NOT NULL",
      "A1_LOJA char(2) NOT NULL",
      "A1_NOME varchar(80) NOT NULL",
      "A1_NREDUZ varchar(40) NOT NULL DEFAULT ''",
      // F = pessoa física (CPF), J = jurídica (CNPJ, alphanumeric since July 2026 — IN RFB 2.229/2024).
      "A1_PESSOA char(1) NOT NULL",
      // A1_TIPO: F consumidor final, R revendedor, S solidário, X exportação (MATA030).
      "A1_TIPO char(1) NOT NULL DEFAULT 'F'",
      "A1_CGC varchar(14) NOT NULL DEFAULT ''",
      "A1_INSCR varchar(18) NOT NULL DEFAULT ''",
      // ICMS contributor (MATA030): 1 contribuinte (has a state registration), 2 não contribuinte
      // (A1_INSCR blank or ISENTO). Decides DIFAL (EC 87/2015) and IPI in the ICMS base (docs/taxes.md).
      "A1_CONTRIB char(1) NOT NULL DEFAULT '1'",
      "A1_INSCRM varchar(18) NOT NULL DEFAULT ''",
      "A1_CNAE varchar(9) NOT NULL DEFAULT ''",
      "A1_END varchar(80) NOT NULL DEFAULT ''",
      "A1_COMPLEM varchar(50) NOT NULL DEFAULT ''",
      "A1_BAIRRO varchar(40) NOT NULL DEFAULT ''",
      "A1_CEP char(8) NOT NULL DEFAULT ''",
      "A1_EST char(2) NOT NULL DEFAULT ''",
      // IBGE city code without the UF prefix (5 digits), as SA1 stores it; A1_MUN is the city name.
      "A1_COD_MUN char(5) NOT NULL DEFAULT ''",
      "A1_MUN varchar(60) NOT NULL DEFAULT ''",
      "A1_PAIS char(3) NOT NULL DEFAULT '105'",
      "A1_DDI varchar(6) NOT NULL DEFAULT '55'",
      "A1_DDD varchar(3) NOT NULL DEFAULT ''",
      "A1_TEL varchar(15) NOT NULL DEFAULT ''",
      "A1_EMAIL varchar(100) NOT NULL DEFAULT ''",
      "A1_CONTATO varchar(40) NOT NULL DEFAULT ''",
      "A1_VEND char(6) NOT NULL DEFAULT ''",
      "A1_COND char(3) NOT NULL DEFAULT ''",
      "A1_TABELA char(3) NOT NULL DEFAULT ''",
      "A1_TRANSP char(6) NOT NULL DEFAULT ''",
      // Credit (FINA/MATA450): risk letter A–E, limit, limit expiry, balances kept by the ERP.
      "A1_RISCO char(1) NOT NULL DEFAULT 'A'",
      "A1_LC numeric(14,2) NOT NULL DEFAULT 0",
      "A1_VENCLC char(8) NOT NULL DEFAULT ''",
      "A1_SALPEDL numeric(14,2) NOT NULL DEFAULT 0",
      "A1_SALDUP numeric(14,2) NOT NULL DEFAULT 0",
      "A1_ULTCOM char(8) NOT NULL DEFAULT ''",
      "A1_PRICOM char(8) NOT NULL DEFAULT ''",
      "A1_DTCAD char(8) NOT NULL DEFAULT ''",
      // 1 = blocked for new movements, 2 = active (every *_MSBLQL field in Protheus).
      "A1_MSBLQL char(1) NOT NULL DEFAULT '2'",
      // The prospect this customer was converted from (US_COD + US_LOJA) [custom field, defined here];
      // SUS keeps the other direction in US_CODCLI/US_LOJACLI.
      "A1_XPROSP varchar(8) NOT NULL DEFAULT ''",
      // Who registered it through the PGV (the client's idempotency key, like C5_XEXTID) [defined here].
      "A1_XEXTID varchar(60) NOT NULL DEFAULT ''",
    ],
    indexes: ["A1_FILIAL, A1_VEND", "A1_CGC", "A1_FILIAL, A1_NOME"],
    unique: "A1_FILIAL, A1_COD, A1_LOJA",
  },
  // Prospects (TMKA260). Keyed like SA1 (code + store; a new store of the same root CNPJ keeps the
  // code). US_STATUS: 1 classificado, 2 desenvolvimento, 3 gerente, 4 standby, 5 cancelado,
  // 6 cliente (converted: US_CODCLI/US_LOJACLI name the SA1 record, US_DTCONV the day).
  SUS: {
    description: "Prospects",
    sharing: "exclusive",
    columns: [
      "US_FILIAL char(2) NOT NULL",
      "US_COD char(6) NOT NULL",
      "US_LOJA char(2) NOT NULL",
      "US_NOME varchar(80) NOT NULL",
      "US_NREDUZ varchar(40) NOT NULL DEFAULT ''",
      "US_PESSOA char(1) NOT NULL DEFAULT 'J'",
      "US_TIPO char(1) NOT NULL DEFAULT 'F'",
      "US_CGC varchar(14) NOT NULL DEFAULT ''",
      "US_INSCR varchar(18) NOT NULL DEFAULT ''",
      "US_CONTRIB char(1) NOT NULL DEFAULT '2'",
      "US_END varchar(80) NOT NULL DEFAULT ''",
      "US_COMPLEM varchar(50) NOT NULL DEFAULT ''",
      "US_BAIRRO varchar(40) NOT NULL DEFAULT ''",
      "US_CEP char(8) NOT NULL DEFAULT ''",
      "US_EST char(2) NOT NULL DEFAULT ''",
      "US_COD_MUN char(5) NOT NULL DEFAULT ''",
      "US_MUN varchar(60) NOT NULL DEFAULT ''",
      "US_DDI varchar(6) NOT NULL DEFAULT '55'",
      "US_DDD varchar(3) NOT NULL DEFAULT ''",
      "US_TEL varchar(15) NOT NULL DEFAULT ''",
      "US_EMAIL varchar(100) NOT NULL DEFAULT ''",
      "US_VEND char(6) NOT NULL DEFAULT ''",
      "US_STATUS char(1) NOT NULL DEFAULT '1'",
      "US_CODCLI char(6) NOT NULL DEFAULT ''",
      "US_LOJACLI char(2) NOT NULL DEFAULT ''",
      "US_DTCONV char(8) NOT NULL DEFAULT ''",
      "US_DTCAD char(8) NOT NULL DEFAULT ''",
      "US_XEXTID varchar(60) NOT NULL DEFAULT ''",
      "US_MSBLQL char(1) NOT NULL DEFAULT '2'",
    ],
    indexes: ["US_FILIAL, US_VEND", "US_CGC"],
    unique: "US_FILIAL, US_COD, US_LOJA",
  },
  // Sellers (vendedores). A3_CODUSR links a seller to a Protheus user (SYS_USR.USR_ID).
  SA3: {
    description: "Vendedores",
    sharing: "exclusive",
    columns: [
      "A3_FILIAL char(2) NOT NULL",
      "A3_COD char(6) NOT NULL",
      "A3_NOME varchar(40) NOT NULL",
      "A3_NREDUZ varchar(20) NOT NULL DEFAULT ''",
      "A3_EMAIL varchar(100) NOT NULL DEFAULT ''",
      "A3_DDDTEL varchar(3) NOT NULL DEFAULT ''",
      "A3_TEL varchar(15) NOT NULL DEFAULT ''",
      "A3_CODUSR char(6) NOT NULL DEFAULT ''",
      "A3_MSBLQL char(1) NOT NULL DEFAULT '2'",
    ],
    indexes: ["A3_CODUSR"],
  },
  SA4: {
    description: "Transportadoras",
    sharing: "shared",
    columns: [
      "A4_FILIAL char(2) NOT NULL DEFAULT ''",
      "A4_COD char(6) NOT NULL",
      "A4_NOME varchar(60) NOT NULL",
      "A4_NREDUZ varchar(30) NOT NULL DEFAULT ''",
      "A4_CGC varchar(14) NOT NULL DEFAULT ''",
      "A4_EST char(2) NOT NULL DEFAULT ''",
      "A4_MUN varchar(60) NOT NULL DEFAULT ''",
      "A4_DDD varchar(3) NOT NULL DEFAULT ''",
      "A4_TEL varchar(15) NOT NULL DEFAULT ''",
      "A4_EMAIL varchar(100) NOT NULL DEFAULT ''",
      "A4_MSBLQL char(1) NOT NULL DEFAULT '2'",
    ],
    unique: "A4_FILIAL, A4_COD",
  },
  SB1: {
    description: "Produtos",
    sharing: "shared",
    columns: [
      "B1_FILIAL char(2) NOT NULL DEFAULT ''",
      "B1_COD varchar(15) NOT NULL",
      "B1_DESC varchar(60) NOT NULL",
      // PA produto acabado, ME mercadoria para revenda (B1_TIPO, table 02 of SX5).
      "B1_TIPO char(2) NOT NULL DEFAULT 'ME'",
      "B1_UM char(2) NOT NULL",
      "B1_LOCPAD char(2) NOT NULL DEFAULT '01'",
      "B1_GRUPO varchar(4) NOT NULL DEFAULT ''",
      "B1_POSIPI varchar(10) NOT NULL DEFAULT ''",
      // IPI rate (%) of the NCM in B1_POSIPI (TIPI); 0 for most foods.
      "B1_IPI numeric(5,2) NOT NULL DEFAULT 0",
      // Origin of the goods (CST table A): 0 national; 1, 2, 3, 8 imported → 4% interstate ICMS
      // (Resolução do Senado 13/2012); 4–7 national with little import content.
      "B1_ORIGEM char(1) NOT NULL DEFAULT '0'",
      // Tax group (grupo de tributação): the key of the SF7 exceptions (ICMS-ST margins).
      "B1_GRTRIB char(3) NOT NULL DEFAULT ''",
      "B1_CODBAR varchar(15) NOT NULL DEFAULT ''",
      "B1_PESO numeric(11,4) NOT NULL DEFAULT 0",
      // Base sale price (B1_PRV1); the price list (DA1) wins when the order has one.
      "B1_PRV1 numeric(14,2) NOT NULL DEFAULT 0",
      // Default outgoing TES of the product (used when the operation type has no SFM rule).
      "B1_TS char(3) NOT NULL DEFAULT ''",
      "B1_MSBLQL char(1) NOT NULL DEFAULT '2'",
    ],
    unique: "B1_FILIAL, B1_COD",
  },
  SB2: {
    description: "Saldos físico e financeiro",
    sharing: "exclusive",
    columns: [
      "B2_FILIAL char(2) NOT NULL",
      "B2_COD varchar(15) NOT NULL",
      "B2_LOCAL char(2) NOT NULL",
      "B2_QATU numeric(14,2) NOT NULL DEFAULT 0",
      // Quantity reserved by released, not yet invoiced order items (SC9 without blocks).
      "B2_RESERVA numeric(14,2) NOT NULL DEFAULT 0",
      "B2_CM1 numeric(14,4) NOT NULL DEFAULT 0",
    ],
    unique: "B2_FILIAL, B2_COD, B2_LOCAL",
  },
  SE4: {
    description: "Condições de pagamento",
    sharing: "shared",
    columns: [
      "E4_FILIAL char(2) NOT NULL DEFAULT ''",
      "E4_CODIGO char(3) NOT NULL",
      // Type 1: E4_COND lists the days of each instalment, e.g. '30,60,90' (MATA360).
      "E4_TIPO char(1) NOT NULL DEFAULT '1'",
      "E4_COND varchar(40) NOT NULL",
      "E4_DESCRI varchar(40) NOT NULL",
      "E4_MSBLQL char(1) NOT NULL DEFAULT '2'",
    ],
    unique: "E4_FILIAL, E4_CODIGO",
  },
  DA0: {
    description: "Tabelas de preço",
    sharing: "shared",
    columns: [
      "DA0_FILIAL char(2) NOT NULL DEFAULT ''",
      "DA0_CODTAB char(3) NOT NULL",
      "DA0_DESCRI varchar(40) NOT NULL",
      "DA0_DATDE char(8) NOT NULL",
      "DA0_DATATE char(8) NOT NULL DEFAULT ''",
      // 1 = active, 2 = inactive (OMSA010).
      "DA0_ATIVO char(1) NOT NULL DEFAULT '1'",
    ],
    unique: "DA0_FILIAL, DA0_CODTAB",
  },
  DA1: {
    description: "Itens da tabela de preço",
    sharing: "shared",
    columns: [
      "DA1_FILIAL char(2) NOT NULL DEFAULT ''",
      "DA1_CODTAB char(3) NOT NULL",
      "DA1_ITEM char(4) NOT NULL",
      "DA1_CODPRO varchar(15) NOT NULL",
      "DA1_PRCVEN numeric(14,2) NOT NULL",
      // Minimum sale price [defined here]: a customer field of many PGV installs, not standard DA1.
      "DA1_PRCMIN numeric(14,2) NOT NULL DEFAULT 0",
      "DA1_ATIVO char(1) NOT NULL DEFAULT '1'",
      // Date from which this item price applies (itemValidity).
      "DA1_DATVIG char(8) NOT NULL DEFAULT ''",
    ],
    indexes: ["DA1_CODPRO"],
    unique: "DA1_FILIAL, DA1_CODTAB, DA1_CODPRO",
  },
};
