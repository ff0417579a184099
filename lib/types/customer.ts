import type { Cents } from "@/lib/money";

/** Credit risk letters of SA1 (A1_RISCO): A never blocks … E always needs manual release. */
export const riskLetters = ["A", "B", "C", "D", "E"] as const;
export type RiskLetter = (typeof riskLetters)[number];

/** A customer as the portal shows it (reshaped from the ERP's SA1 wire record). */
export type Customer = {
  id: string;
  branch: string;
  code: string;
  store: string;
  name: string;
  tradeName: string;
  personType: "F" | "J" | null;
  document: string;
  stateRegistration: string;
  municipalRegistration: string;
  address: {
    street: string;
    complement: string;
    neighborhood: string;
    city: string;
    cityCode: string;
    uf: string;
    zip: string;
    country: string;
  };
  phone: { ddi: string; ddd: string; number: string };
  email: string;
  contact: string;
  risk: RiskLetter | null;
  creditLimit: Cents;
  /** A1_VENCLC: past this date the ERP blocks orders on credit (code 04). */
  creditLimitExpiry: string | null;
  availableCredit: Cents;
  lastPurchase: string | null;
  inclusionDate: string | null;
  paymentCondition: string;
  priceList: string;
  seller: string;
  blocked: boolean;
  /** A1_TIPO: F final consumer, R reseller, S solidário, X export ("" when the ERP does not send it). */
  customerType?: string;
  /** The record's S_T_A_M_P_ as the ERP read it (an edit sends it back; absent on older packages). */
  stamp?: string;
};
