/** A1S: what the ERP tells a rep. Types 1 order, 2 customer, 3 quotation, 4 prospect. */
export const notificationTypes = { 1: "order", 2: "customer", 3: "quotation", 4: "prospect" } as const;
type NotificationType = (typeof notificationTypes)[keyof typeof notificationTypes] | "other";

export type Notification = {
  id: string;
  type: NotificationType;
  title: string;
  description: string;
  read: boolean;
  /** ISO date-time in the ERP's clock (date + hour as sent). */
  at: string | null;
  /** A1S_STAMOV: 1 insert, 2 update, 3 delete, 4 release / other movement. */
  movement: number;
  /** Key of the record it is about (the order id, C5_FILIAL + C5_NUM, for type 1). */
  recordKey: string;
};
