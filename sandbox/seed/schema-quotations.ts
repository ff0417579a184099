import type { TableTemplate } from "./table-template";

/**
 * Quotations (orçamentos de venda, MATA415): header SCJ and items SCK, exclusive like SC5/SC6.
 * MATA416 ("efetivação") turns one into a sales order: the items get CK_NUMPV (the C5_NUM) and the
 * header CJ_STATUS 'B'; the order's SC6 lines carry C6_NUMORC = CJ_NUM + CK_ITEM back.
 */
export const quotationTables: Record<string, TableTemplate> = {
  SCJ: {
    description: "Orçamentos de venda",
    sharing: "exclusive",
    columns: [
      "CJ_FILIAL char(2) NOT NULL",
      "CJ_NUM char(6) NOT NULL",
      // The customer; blank for a prospect's quotation until the prospect becomes a customer.
      "CJ_CLIENTE char(6) NOT NULL",
      "CJ_LOJA char(2) NOT NULL",
      // MATA415: a quotation for a prospect (SUS) names it here instead of a customer.
      "CJ_PROSPE char(6) NOT NULL DEFAULT ''",
      "CJ_LOJPRO char(2) NOT NULL DEFAULT ''",
      "CJ_CONDPAG char(3) NOT NULL",
      "CJ_TABELA char(3) NOT NULL DEFAULT ''",
      "CJ_EMISSAO char(8) NOT NULL",
      // Valid until (inclusive): an open quotation past it is expired and cannot be converted.
      "CJ_VALIDA char(8) NOT NULL",
      // A aberto, B baixado (efetivado em pedido), C cancelado (MATA415 legend).
      "CJ_STATUS char(1) NOT NULL DEFAULT 'A'",
      // C CIF, F FOB, T por conta de terceiros, S sem frete (as C5_TPFRETE).
      "CJ_TPFRETE char(1) NOT NULL DEFAULT 'C'",
      "CJ_FRETE numeric(14,2) NOT NULL DEFAULT 0",
      // The seller: standard SCJ has no seller field, so the PGV keeps it in a custom one [defined here].
      "CJ_XVEND char(6) NOT NULL DEFAULT ''",
      // PGV client reference (`externalid`), unique per seller [defined here: custom field].
      "CJ_XEXTID varchar(60) NOT NULL DEFAULT ''",
      // 'TGV.QUOTATION' when the PGV job created it; blank when keyed in the ERP.
      "CJ_ORIGEM varchar(20) NOT NULL DEFAULT ''",
    ],
    indexes: ["CJ_FILIAL, CJ_XVEND, CJ_EMISSAO", "CJ_FILIAL, CJ_CLIENTE, CJ_LOJA", "CJ_FILIAL, CJ_PROSPE, CJ_LOJPRO"],
    unique: "CJ_FILIAL, CJ_NUM",
  },
  SCK: {
    description: "Itens dos orçamentos de venda",
    sharing: "exclusive",
    columns: [
      "CK_FILIAL char(2) NOT NULL",
      "CK_NUM char(6) NOT NULL",
      // Numbered like C6_ITEM (Soma1: 01..99, then alphanumeric).
      "CK_ITEM char(2) NOT NULL",
      "CK_PRODUTO varchar(15) NOT NULL",
      "CK_DESCRI varchar(60) NOT NULL DEFAULT ''",
      "CK_UM char(2) NOT NULL DEFAULT ''",
      "CK_QTDVEN numeric(14,2) NOT NULL",
      "CK_PRUNIT numeric(14,2) NOT NULL DEFAULT 0",
      "CK_PRCVEN numeric(14,2) NOT NULL",
      "CK_DESCONT numeric(5,2) NOT NULL DEFAULT 0",
      "CK_VALOR numeric(14,2) NOT NULL",
      "CK_OPER char(2) NOT NULL DEFAULT '01'",
      "CK_TES char(3) NOT NULL",
      "CK_LOCAL char(2) NOT NULL DEFAULT '01'",
      "CK_CLIENTE char(6) NOT NULL",
      "CK_LOJA char(2) NOT NULL",
      // Sales order the item became (MATA416), blank while the quotation is not converted.
      "CK_NUMPV char(6) NOT NULL DEFAULT ''",
    ],
    indexes: ["CK_FILIAL, CK_NUM"],
    unique: "CK_FILIAL, CK_NUM, CK_ITEM",
  },
};
