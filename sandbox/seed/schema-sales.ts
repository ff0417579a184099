import type { TableTemplate } from "./table-template";

/**
 * Movements: sales orders (SC5/SC6), releases (SC9), invoices (SF2/SD2), receivables (SE1),
 * targets (SCT), PGV notifications (A1S) and the PGV queue of orders and quotations (ZTQ). All exclusive: each branch
 * sells, invoices and collects on its own.
 */
export const salesTables: Record<string, TableTemplate> = {
  SC5: {
    description: "Pedidos de venda",
    sharing: "exclusive",
    columns: [
      "C5_FILIAL char(2) NOT NULL",
      "C5_NUM char(6) NOT NULL",
      "C5_TIPO char(1) NOT NULL DEFAULT 'N'",
      "C5_CLIENTE char(6) NOT NULL",
      "C5_LOJACLI char(2) NOT NULL",
      "C5_CONDPAG char(3) NOT NULL",
      "C5_TABELA char(3) NOT NULL DEFAULT ''",
      "C5_VEND1 char(6) NOT NULL DEFAULT ''",
      "C5_TRANSP char(6) NOT NULL DEFAULT ''",
      // C CIF, F FOB, T por conta de terceiros, S sem frete.
      "C5_TPFRETE char(1) NOT NULL DEFAULT 'C'",
      "C5_FRETE numeric(14,2) NOT NULL DEFAULT 0",
      "C5_PEDCLI varchar(20) NOT NULL DEFAULT ''",
      "C5_MENNOTA varchar(120) NOT NULL DEFAULT ''",
      "C5_EMISSAO char(8) NOT NULL",
      // Invoice that closed the order (MATA410 legend: filled = encerrado/faturado).
      "C5_NOTA varchar(9) NOT NULL DEFAULT ''",
      "C5_SERIE varchar(3) NOT NULL DEFAULT ''",
      // Business-rule block (MATA410 legend): 1 bloqueio de regra, 2 bloqueio de verba.
      "C5_BLQ char(1) NOT NULL DEFAULT ''",
      "C5_LIBEROK char(1) NOT NULL DEFAULT ''",
      // 'TGV.SALESORDER' when the PGV job (TGVA002JOB) created the order; blank when keyed in the ERP.
      "C5_ORIGEM varchar(20) NOT NULL DEFAULT ''",
      // PGV client reference (`externalid`), unique per seller [defined here: custom field].
      "C5_XEXTID varchar(60) NOT NULL DEFAULT ''",
    ],
    indexes: ["C5_FILIAL, C5_VEND1, C5_EMISSAO", "C5_FILIAL, C5_CLIENTE, C5_LOJACLI", "C5_FILIAL, C5_NUM"],
    unique: "C5_FILIAL, C5_NUM",
  },
  SC6: {
    description: "Itens dos pedidos de venda",
    sharing: "exclusive",
    columns: [
      "C6_FILIAL char(2) NOT NULL",
      "C6_NUM char(6) NOT NULL",
      // 01..99, then alphanumeric (A0, A1...), as MATA410 numbers items.
      "C6_ITEM char(2) NOT NULL",
      "C6_PRODUTO varchar(15) NOT NULL",
      "C6_DESCRI varchar(60) NOT NULL DEFAULT ''",
      "C6_UM char(2) NOT NULL DEFAULT ''",
      "C6_QTDVEN numeric(14,2) NOT NULL",
      "C6_PRUNIT numeric(14,2) NOT NULL DEFAULT 0",
      "C6_PRCVEN numeric(14,2) NOT NULL",
      "C6_DESCONT numeric(5,2) NOT NULL DEFAULT 0",
      "C6_VALOR numeric(14,2) NOT NULL",
      "C6_OPER char(2) NOT NULL DEFAULT '01'",
      "C6_TES char(3) NOT NULL",
      "C6_LOCAL char(2) NOT NULL DEFAULT '01'",
      "C6_CLI char(6) NOT NULL",
      "C6_LOJA char(2) NOT NULL",
      "C6_ENTREG char(8) NOT NULL DEFAULT ''",
      // Quantity already invoiced, and the invoice (set by invoicing, MATA460).
      "C6_QTDENT numeric(14,2) NOT NULL DEFAULT 0",
      "C6_NOTA varchar(9) NOT NULL DEFAULT ''",
      "C6_SERIE varchar(3) NOT NULL DEFAULT ''",
      "C6_DATFAT char(8) NOT NULL DEFAULT ''",
      // Quotation item the line came from (MATA416 "efetivação"): CJ_NUM + CK_ITEM, blank otherwise.
      "C6_NUMORC char(8) NOT NULL DEFAULT ''",
    ],
    indexes: ["C6_FILIAL, C6_NUM", "C6_FILIAL, C6_PRODUTO"],
    unique: "C6_FILIAL, C6_NUM, C6_ITEM",
  },
  // Releases (MATA440/MATA455). No SC9 row = order not released. C9_BLCRED: blank released,
  // 01 credit limit, 04 limit expired, 05 reversal, 06 risk (overdue titles / risk E), 09 rejected,
  // 10 invoiced. C9_BLEST: blank released, 02/03 stock block, 10 invoiced.
  SC9: {
    description: "Pedidos liberados",
    sharing: "exclusive",
    columns: [
      "C9_FILIAL char(2) NOT NULL",
      "C9_PEDIDO char(6) NOT NULL",
      "C9_ITEM char(2) NOT NULL",
      "C9_SEQUEN char(2) NOT NULL DEFAULT '01'",
      "C9_CLIENTE char(6) NOT NULL",
      "C9_LOJA char(2) NOT NULL",
      "C9_PRODUTO varchar(15) NOT NULL",
      "C9_LOCAL char(2) NOT NULL DEFAULT '01'",
      "C9_QTDLIB numeric(14,2) NOT NULL",
      "C9_PRCVEN numeric(14,2) NOT NULL",
      "C9_DATALIB char(8) NOT NULL",
      "C9_BLCRED char(2) NOT NULL DEFAULT ''",
      "C9_BLEST char(2) NOT NULL DEFAULT ''",
      "C9_NFISCAL varchar(9) NOT NULL DEFAULT ''",
      "C9_SERIENF varchar(3) NOT NULL DEFAULT ''",
    ],
    indexes: ["C9_FILIAL, C9_PEDIDO", "C9_FILIAL, C9_CLIENTE, C9_LOJA"],
  },
  SF2: {
    description: "Cabeçalho das notas fiscais de saída",
    sharing: "exclusive",
    columns: [
      "F2_FILIAL char(2) NOT NULL",
      "F2_DOC varchar(9) NOT NULL",
      "F2_SERIE varchar(3) NOT NULL",
      "F2_TIPO char(1) NOT NULL DEFAULT 'N'",
      "F2_CLIENTE char(6) NOT NULL",
      "F2_LOJA char(2) NOT NULL",
      "F2_COND char(3) NOT NULL",
      "F2_EMISSAO char(8) NOT NULL",
      "F2_VEND1 char(6) NOT NULL DEFAULT ''",
      "F2_TRANSP char(6) NOT NULL DEFAULT ''",
      "F2_VALMERC numeric(14,2) NOT NULL DEFAULT 0",
      "F2_FRETE numeric(14,2) NOT NULL DEFAULT 0",
      "F2_VALBRUT numeric(14,2) NOT NULL DEFAULT 0",
      // Receivables prefix/number created for this invoice (blank when the TES creates none).
      "F2_PREFIXO varchar(3) NOT NULL DEFAULT ''",
      "F2_DUPL varchar(9) NOT NULL DEFAULT ''",
    ],
    indexes: ["F2_FILIAL, F2_VEND1, F2_EMISSAO", "F2_FILIAL, F2_CLIENTE, F2_LOJA"],
    unique: "F2_FILIAL, F2_DOC, F2_SERIE",
  },
  SD2: {
    description: "Itens das notas fiscais de saída",
    sharing: "exclusive",
    columns: [
      "D2_FILIAL char(2) NOT NULL",
      "D2_DOC varchar(9) NOT NULL",
      "D2_SERIE varchar(3) NOT NULL",
      "D2_ITEM char(2) NOT NULL",
      "D2_COD varchar(15) NOT NULL",
      "D2_UM char(2) NOT NULL DEFAULT ''",
      "D2_QUANT numeric(14,2) NOT NULL",
      "D2_PRCVEN numeric(14,2) NOT NULL",
      "D2_TOTAL numeric(14,2) NOT NULL",
      "D2_TES char(3) NOT NULL",
      "D2_CF varchar(5) NOT NULL DEFAULT ''",
      "D2_LOCAL char(2) NOT NULL DEFAULT '01'",
      "D2_PEDIDO char(6) NOT NULL DEFAULT ''",
      "D2_ITEMPV char(2) NOT NULL DEFAULT ''",
      "D2_CLIENTE char(6) NOT NULL",
      "D2_LOJA char(2) NOT NULL",
      "D2_EMISSAO char(8) NOT NULL",
    ],
    indexes: ["D2_FILIAL, D2_DOC, D2_SERIE", "D2_FILIAL, D2_PEDIDO", "D2_FILIAL, D2_EMISSAO"],
  },
  // Receivables. A title is overdue when E1_VENCREA < business date and E1_SALDO > 0 (FINA040);
  // E1_BAIXA is the last write-off date, E1_VALLIQ the amount received.
  SE1: {
    description: "Contas a receber",
    sharing: "exclusive",
    columns: [
      "E1_FILIAL char(2) NOT NULL",
      "E1_PREFIXO varchar(3) NOT NULL",
      "E1_NUM varchar(9) NOT NULL",
      // Blank for a single instalment, A, B, C... otherwise (MV_1DUP = 'A').
      "E1_PARCELA char(1) NOT NULL DEFAULT ''",
      "E1_TIPO varchar(3) NOT NULL DEFAULT 'NF'",
      "E1_CLIENTE char(6) NOT NULL",
      "E1_LOJA char(2) NOT NULL",
      "E1_NOMCLI varchar(20) NOT NULL DEFAULT ''",
      "E1_EMISSAO char(8) NOT NULL",
      "E1_VENCTO char(8) NOT NULL",
      // Real due date: E1_VENCTO moved to the next business day (DataValida).
      "E1_VENCREA char(8) NOT NULL",
      "E1_VALOR numeric(14,2) NOT NULL",
      "E1_SALDO numeric(14,2) NOT NULL",
      "E1_VALLIQ numeric(14,2) NOT NULL DEFAULT 0",
      "E1_BAIXA char(8) NOT NULL DEFAULT ''",
      "E1_VEND1 char(6) NOT NULL DEFAULT ''",
      "E1_PEDIDO char(6) NOT NULL DEFAULT ''",
      // A open, B written off (baixado).
      "E1_STATUS char(1) NOT NULL DEFAULT 'A'",
    ],
    indexes: ["E1_FILIAL, E1_CLIENTE, E1_LOJA", "E1_FILIAL, E1_VEND1", "E1_FILIAL, E1_VENCREA"],
    unique: "E1_FILIAL, E1_PREFIXO, E1_NUM, E1_PARCELA, E1_TIPO",
  },
  // Sales targets (metas de venda, FATA050): one row per seller per month, CT_DATA = first day.
  SCT: {
    description: "Metas de venda",
    sharing: "exclusive",
    columns: [
      "CT_FILIAL char(2) NOT NULL",
      "CT_DOC varchar(9) NOT NULL",
      "CT_SEQUEN char(3) NOT NULL",
      "CT_DESCRI varchar(40) NOT NULL DEFAULT ''",
      "CT_DATA char(8) NOT NULL",
      "CT_VEND char(6) NOT NULL",
      "CT_QUANT numeric(14,2) NOT NULL DEFAULT 0",
      "CT_VALOR numeric(14,2) NOT NULL",
      "CT_MOEDA char(1) NOT NULL DEFAULT '1'",
    ],
    indexes: ["CT_FILIAL, CT_VEND, CT_DATA"],
    unique: "CT_FILIAL, CT_DOC, CT_SEQUEN",
  },
  // PGV notifications for the rep. A1S_TIPO: 1 order, 2 customer, 3 quotation, 4 prospect;
  // A1S_STATUS: 1 not viewed, 2 viewed; A1S_CHAVE: key of the record it is about [layout defined here].
  A1S: {
    description: "Notificações do PGV",
    sharing: "exclusive",
    columns: [
      "A1S_FILIAL char(2) NOT NULL",
      "A1S_ID char(10) NOT NULL",
      "A1S_TITULO varchar(80) NOT NULL",
      "A1S_DESCRI varchar(250) NOT NULL DEFAULT ''",
      "A1S_TIPO char(1) NOT NULL",
      "A1S_CODUSR char(6) NOT NULL",
      "A1S_VEND char(6) NOT NULL DEFAULT ''",
      "A1S_STATUS char(1) NOT NULL DEFAULT '1'",
      "A1S_STAMOV char(1) NOT NULL DEFAULT '1'",
      "A1S_DATA char(8) NOT NULL",
      "A1S_HORA char(8) NOT NULL",
      "A1S_CHAVE varchar(40) NOT NULL DEFAULT ''",
    ],
    indexes: ["A1S_FILIAL, A1S_CODUSR"],
    unique: "A1S_FILIAL, A1S_ID",
  },
  // PGV queue [defined here, a custom table]: what POST/PUT/DELETE salesorders, quotations,
  // customers, prospects and contacts enqueue and the one TGVA002JOB-like job consumes in ZTQ_DTREC
  // order. ZTQ_ENTITY says which record the item is about (SC5 order, SCJ quotation, SA1 customer,
  // SUS prospect, SU5 contact). ZTQ_STATUS 0 waiting, 1 processing,
  // 2 done, 3 error. Timestamps are timestamptz (machine data, never shown as Protheus dates).
  ZTQ: {
    description: "Fila de gravações do PGV",
    sharing: "exclusive",
    columns: [
      "ZTQ_FILIAL char(2) NOT NULL",
      "ZTQ_ID varchar(36) NOT NULL",
      // SC5 (sales order) | SCJ (quotation) | SA1 (customer) | SUS (prospect) | SU5 (contact)
      "ZTQ_ENTITY char(3) NOT NULL DEFAULT 'SC5'",
      // insert | update | delete; convert (SCJ: MATA416 efetivação; SUS: prospect → customer)
      "ZTQ_OPER varchar(7) NOT NULL",
      // C5_NUM of the order (blank for an insert until the job assigns it; for a quotation's convert, the order it became).
      "ZTQ_PEDIDO char(6) NOT NULL DEFAULT ''",
      // CJ_NUM of the quotation (SCJ items; blank for an insert until the job assigns it).
      "ZTQ_ORCAM char(6) NOT NULL DEFAULT ''",
      // The registration record (SA1/SUS: code + store; SU5: U5_CODCONT); blank for an insert until the job assigns it.
      "ZTQ_CHAVE varchar(25) NOT NULL DEFAULT ''",
      "ZTQ_PAYLOAD jsonb NOT NULL DEFAULT '{}'::jsonb",
      "ZTQ_EXTID varchar(60) NOT NULL DEFAULT ''",
      "ZTQ_VEND char(6) NOT NULL DEFAULT ''",
      "ZTQ_CODUSR char(6) NOT NULL DEFAULT ''",
      "ZTQ_STATUS char(1) NOT NULL DEFAULT '0'",
      "ZTQ_MSG text NOT NULL DEFAULT ''",
      "ZTQ_DTREC timestamptz NOT NULL DEFAULT clock_timestamp()",
      "ZTQ_DTINI timestamptz",
      "ZTQ_DTFIM timestamptz",
    ],
    indexes: ["ZTQ_FILIAL, ZTQ_STATUS, ZTQ_DTREC"],
    unique: "ZTQ_FILIAL, ZTQ_ID",
    // externalid is unique per seller and entity: a repeated POST finds the first insert (ERP-CONTRACT.md §4).
    uniqueWhere: [
      {
        suffix: "extid",
        columns: "ZTQ_FILIAL, ZTQ_ENTITY, ZTQ_VEND, ZTQ_EXTID",
        where: "ZTQ_EXTID <> '' AND ZTQ_OPER = 'insert' AND D_E_L_E_T_ = ' '",
      },
    ],
  },
};
