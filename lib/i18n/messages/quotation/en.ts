import type { QuotationMessages } from "./pt-BR";

/** The quotation page and its actions: namespace `quotation`. */
export const quotationEn: QuotationMessages = {
  title: "Quotation {number}",
};
