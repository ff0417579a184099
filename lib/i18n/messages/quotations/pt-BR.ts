/** "Meus orçamentos" (the list): namespace `quotations`. */
export const quotationsPtBR = {
  title: "Meus orçamentos",
};

export type QuotationsMessages = typeof quotationsPtBR;
