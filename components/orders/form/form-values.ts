import type { LineValues } from "@/lib/types/order-entry";

export type { LineValues, OrderFormValues } from "@/lib/types/order-entry";

export const emptyLine = (): LineValues => ({ product: "", quantity: null, price: null, description: "", unit: "", listPrice: 0, minimumPrice: 0 });
