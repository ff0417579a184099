import type { QuotationsMessages } from "./pt-BR";

/** "Meus orçamentos" (the list): namespace `quotations`. */
export const quotationsEs: QuotationsMessages = {
  title: "Mis presupuestos",
};
