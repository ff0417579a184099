export type { LineValues, OrderFormValues } from "@/lib/types/order-entry";
export { emptyLine } from "@/lib/order-lines";
