import {
  formatCep,
  isValidCep as libIsValidCep,
  isValidEmail as libIsValidEmail,
  isValidIe,
  isValidLandlinePhone,
  isValidMobilePhone,
} from "@brazilian-utils/brazilian-utils";

/**
 * The registration checks a customer, prospect or contact form and the ERP share (MATA030 /
 * TMKA260 / TMKA070 semantics): state registration (IE) check digits per UF, CEP, phone, e-mail.
 * Every rule comes from @brazilian-utils (SINTEGRA/SEFAZ roteiros for the IE); this module only
 * normalises what a rep types and adds what Protheus accepts besides (`ISENTO`). Client-safe: the
 * municipality table (heavy) is looked up on the server only (`lib/br-municipality.ts`).
 */

/** The 27 UFs (IBGE order of regions is not needed: forms list them alphabetically). */
export const UFS = [
  "AC",
  "AL",
  "AM",
  "AP",
  "BA",
  "CE",
  "DF",
  "ES",
  "GO",
  "MA",
  "MG",
  "MS",
  "MT",
  "PA",
  "PB",
  "PE",
  "PI",
  "PR",
  "RJ",
  "RN",
  "RO",
  "RR",
  "RS",
  "SC",
  "SE",
  "SP",
  "TO",
] as const;
export type Uf = (typeof UFS)[number];

export const isUf = (value: string): value is Uf => (UFS as readonly string[]).includes(value.toUpperCase());

/** What SA1/SUS accept for a person or company without a state registration (A1_INSCR). */
export const IE_EXEMPT = "ISENTO";

/** "110.042.490.114" → "110042490114"; "isento" → "ISENTO"; letters kept (some UFs' IE begin with P). */
export function normalizeStateRegistration(value: string): string {
  const v = value.trim().toUpperCase();
  if (v === IE_EXEMPT) return IE_EXEMPT;
  return v.replace(/[\s./-]/g, "");
}

/** ISENTO, or the IE's check digits valid for the UF. An unknown UF is never valid. */
export function isValidStateRegistration(uf: string, value: string): boolean {
  const ie = normalizeStateRegistration(value);
  if (ie === IE_EXEMPT) return true;
  if (!isUf(uf) || ie === "") return false;
  return isValidIe({ value: ie, stateCode: uf.toUpperCase() as Uf });
}

/** Digits only: "01310-100" → "01310100". */
export const normalizeCep = (value: string): string => value.replace(/\D/g, "");

export const isValidCep = (value: string): boolean => {
  const cep = normalizeCep(value);
  return cep.length === 8 && libIsValidCep(cep);
};

/** "01310100" → "01310-100" (anything that is not 8 digits as given). */
export const displayCep = (value: string): string =>
  normalizeCep(value).length === 8 ? formatCep(normalizeCep(value)) : value;

export const normalizePhone = (value: string): string => value.replace(/\D/g, "");

/** A Brazilian landline or mobile number with its area code (DDD + number, 10 or 11 digits). */
export function isValidPhone(ddd: string, number: string): boolean {
  const full = `${normalizePhone(ddd)}${normalizePhone(number)}`;
  return isValidLandlinePhone(full) || isValidMobilePhone(full);
}

/** A mobile number (the 9 after the DDD): the one a WhatsApp link makes sense for. */
export const isMobilePhone = (ddd: string, number: string): boolean =>
  isValidMobilePhone(`${normalizePhone(ddd)}${normalizePhone(number)}`);

export const isValidEmail = (value: string): boolean => libIsValidEmail(value.trim());
