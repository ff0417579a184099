import { cities, type City } from "./cities";
import { Rng } from "./random";
import { validStateRegistration } from "./state-registration";

/**
 * The tax showcase: customers of ana (seller 000001) in 01/01 — branch São Paulo/SP — pinned over
 * the random draws so every SalesTaxes case has a customer whatever SANDBOX_SEED is. Every draw
 * of these customers still happens (the pinned values replace its result), so no other row of
 * the seed moves. sandbox/docs/taxes.md works out what each one gets.
 */
export type TaxShowcaseCustomer = {
  code: string;
  /** IBGE code of the customer's city (cities.ts): decides A1_EST. */
  ibge: string;
  /** A1_TIPO: R revendedor, F consumidor final. */
  type: "R" | "F";
  /** A1_CONTRIB 1: a state registration (A1_INSCR); 2: ISENTO (company) or blank (person). */
  contributor: boolean;
  case: string;
};

export const taxShowcaseCustomers: readonly TaxShowcaseCustomer[] = [
  {
    code: "000002",
    ibge: "3518800",
    type: "R",
    contributor: true,
    case: "Guarulhos/SP reseller: internal sale at 18%, ICMS-ST on beverages (P00014) with the original MVA",
  },
  {
    code: "000012",
    ibge: "3170206",
    type: "R",
    contributor: true,
    case: "Uberlândia/MG reseller: interstate 12% (4% for the imported P00035), ICMS-ST with the adjusted MVA",
  },
  {
    code: "000014",
    ibge: "2927408",
    type: "F",
    contributor: false,
    case: "Salvador/BA non-contributor final consumer: interstate 7%, IPI in the ICMS base, DIFAL 20.5 − 7",
  },
];

export function taxShowcaseOf(code: string): (TaxShowcaseCustomer & { city: City }) | undefined {
  const pin = taxShowcaseCustomers.find((c) => c.code === code);
  if (!pin) return undefined;
  return { ...pin, city: cityOf(pin) };
}

function cityOf(pin: TaxShowcaseCustomer): City {
  const city = cities.find((c) => c.ibge === pin.ibge);
  if (!city) throw new Error(`tax showcase ${pin.code}: unknown city ${pin.ibge}`);
  return city;
}

/** For a pinned contributor whose draw gave none: valid for its UF, from its own stream (no other draw moves). */
const pinnedRegistration = (pin: TaxShowcaseCustomer) =>
  validStateRegistration(cityOf(pin).uf, new Rng(0, `tax-showcase:${pin.code}`));

/**
 * A1_TIPO, A1_INSCR and A1_CONTRIB kept consistent (MATA030): no state registration (blank or
 * ISENTO) → não contribuinte (2), and a non-contributor buys as a final consumer (F), never as a
 * reseller. A pin replaces the drawn type and registration.
 */
export function fiscalProfile(
  drawn: { type: string; registration: string; company: boolean },
  pin: TaxShowcaseCustomer | undefined,
): { A1_TIPO: string; A1_INSCR: string; A1_CONTRIB: string } {
  const hasIe = (ie: string) => ie !== "" && ie !== "ISENTO";
  const registration = !pin
    ? drawn.registration
    : pin.contributor
      ? hasIe(drawn.registration)
        ? drawn.registration
        : pinnedRegistration(pin)
      : drawn.company
        ? "ISENTO"
        : "";
  const contributor = hasIe(registration);
  const type = pin?.type ?? drawn.type;
  return { A1_TIPO: contributor ? type : "F", A1_INSCR: registration, A1_CONTRIB: contributor ? "1" : "2" };
}
