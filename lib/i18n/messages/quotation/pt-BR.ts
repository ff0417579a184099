/** The quotation page and its actions: namespace `quotation`. */
export const quotationPtBR = {
  title: "Orçamento {number}",
};

export type QuotationMessages = typeof quotationPtBR;
