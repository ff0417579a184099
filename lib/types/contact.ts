/** A customer contact (SU5 linked through AC8 by the customer's CPF/CNPJ) and its phones (AGB). */
export type Contact = { id: string; contactId: string; customerDocument: string; name: string; email: string };
export type ContactPhone = {
  id: string;
  contactId: string;
  type: string;
  ddi: string;
  ddd: string;
  number: string;
  email: string;
  complement: string;
};

export type ContactWithPhones = Contact & { phones: ContactPhone[] };
