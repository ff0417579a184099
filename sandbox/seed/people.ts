import type { Faker } from "@faker-js/faker";
import { withCheckDigits } from "../../lib/br-documents";
import type { City } from "./cities";
import type { Rng } from "./random";

/**
 * Brazilian names, documents, addresses and phones for customers, contacts and carriers.
 * Text comes from fakerPT_BR (seeded); structure (documents, phones, CEPs) from the seed's Rng.
 */

const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function cpf(rng: Rng): string {
  for (;;) {
    const base = Array.from({ length: 9 }, () => rng.int(0, 9)).join("");
    if (!/^(\d)\1{8}$/.test(base)) return withCheckDigits(base);
  }
}

/**
 * CNPJ of store `branch` (0001 head office) for an 8-character root. Alphanumeric roots are valid
 * since July 2026 (IN RFB 2.229/2024): letters in the first 12 positions, numeric check digits.
 */
export function cnpj(root: string, branch = 1): string {
  return withCheckDigits(`${root}${String(branch).padStart(4, "0")}`);
}

export function cnpjRoot(rng: Rng, alphanumeric: boolean): string {
  const alphabet = alphanumeric ? ALNUM : ALNUM.slice(0, 10);
  for (;;) {
    const root = Array.from({ length: 8 }, () => alphabet[rng.int(0, alphabet.length - 1)]).join("");
    // An alphanumeric root must hold at least one letter, or it is just a numeric CNPJ.
    if (!alphanumeric || /[A-Z]/.test(root)) return root;
  }
}

/** `9xxxx-xxxx` (mobile, ANATEL: 9 digits since 2016) or `3xxx-xxxx` (landline). */
export function phone(rng: Rng, mobile: boolean): string {
  const n = (k: number) => Array.from({ length: k }, () => rng.int(0, 9)).join("");
  return mobile ? `9${rng.int(6, 9)}${n(3)}-${n(4)}` : `${rng.int(2, 3)}${n(3)}-${n(4)}`;
}

export function cep(rng: Rng, city: City): string {
  return `${String(rng.int(city.cep[0], city.cep[1])).padStart(5, "0")}${String(rng.int(0, 999)).padStart(3, "0")}`;
}

const neighbourhoods = [
  "Centro",
  "Jardim América",
  "Vila Nova",
  "Boa Vista",
  "São José",
  "Santa Luzia",
  "Industrial",
  "Jardim Primavera",
  "Vila Operária",
  "Parque das Flores",
  "Cidade Nova",
  "Bela Vista",
  "Santo Antônio",
  "Aldeota",
  "Umarizal",
  "Pinheiros",
  "Savassi",
  "Batel",
  "Jardim Europa",
  "Distrito Industrial",
];

export function neighbourhood(rng: Rng): string {
  return rng.pick(neighbourhoods);
}

/** "Maria Júlia Silva" without the "Sr./Srta." prefixes faker sometimes adds. */
export function personName(faker: Faker): { first: string; full: string } {
  const first = faker.person.firstName();
  return { first, full: `${first} ${faker.person.lastName()} ${faker.person.lastName()}` };
}

const tradeKinds = [
  "Mercado",
  "Supermercado",
  "Mercearia",
  "Atacadão",
  "Empório",
  "Padaria",
  "Restaurante",
  "Distribuidora",
  "Minimercado",
  "Comercial",
  "Hotel",
  "Lanchonete",
  "Farmácia",
  "Casa de Carnes",
];
const legalSuffixes = ["Ltda", "Ltda", "Ltda", "EIRELI", "ME", "S.A.", "Comércio Ltda"];

/** Legal and trade names of a company: "Mercado Barros e Moraes Ltda" / "Mercado Barros". */
export function companyName(faker: Faker, rng: Rng): { legal: string; trade: string } {
  const kind = rng.pick(tradeKinds);
  const owners = faker.company
    .name()
    .replace(/\s+(LTDA|S\.A\.|EIRELI|ME)$/i, "")
    .replace(/-/g, " e ");
  const first = owners.split(/[ ,]/)[0] ?? owners;
  return { legal: `${kind} ${owners} ${rng.pick(legalSuffixes)}`.slice(0, 80), trade: `${kind} ${first}`.slice(0, 40) };
}

/** e-mail from a name: "Mercado Barros" → "contato@mercadobarros.com.br". */
export function emailOf(localPart: string, domainSource: string): string {
  const slug = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "");
  return `${slug(localPart) || "contato"}@${slug(domainSource).slice(0, 30) || "empresa"}.com.br`;
}
