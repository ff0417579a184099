import type { QuotationsMessages } from "./pt-BR";

/** "Meus orçamentos" (the list): namespace `quotations`. */
export const quotationsEn: QuotationsMessages = {
  title: "My quotations",
};
