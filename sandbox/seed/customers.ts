import type { Faker } from "@faker-js/faker";
import type { Row } from "./bulk";
import { citiesOf, type City } from "./cities";
import { SHOWCASE_LIMIT_CENTS, showcaseCustomers, type ShowcaseCustomer } from "./credit-showcase";
import { dateOf } from "./dates";
import { cep, cnpj, cnpjRoot, companyName, cpf, emailOf, neighbourhood, personName, phone } from "./people";
import { customerCode, type SellerPlan } from "./plan";
import { cents } from "./products";
import type { Rng } from "./random";
import { validStateRegistration } from "./state-registration";
import { fiscalProfile, taxShowcaseOf } from "./tax-showcase";

/**
 * Customers (SA1) of one seller-branch. Beside the row, each customer carries how it pays
 * (`profile`, which drives its receivables) and how often it buys (`weight`).
 */
export type PaymentProfile = "punctual" | "good" | "late" | "bad";

export type Customer = {
  code: string;
  store: string;
  short: string;
  document: string;
  risk: string;
  limitCents: number;
  /** Day number of A1_VENCLC. */
  limitUntil: number;
  condition: string;
  priceList: string;
  carrier: string;
  blocked: boolean;
  deleted: boolean;
  /** Day number of A1_DTCAD; the customer buys only after it. */
  since: number;
  profile: PaymentProfile;
  weight: number;
  showcase?: ShowcaseCustomer;
  row: Row;
};

const cnaes = ["4711302", "4712100", "4721102", "4729699", "5611201", "4639701", "5510801", "4771701"];

export function buildCustomers(
  plan: SellerPlan,
  ctx: {
    faker: Faker;
    rng: Rng;
    today: number;
    conditions: readonly (readonly [string, number])[];
    carriers: readonly string[];
  },
): Customer[] {
  const { faker, rng, today } = ctx;
  const out: Customer[] = [];
  for (let i = 0; i < plan.customers; i++) {
    const showcase = plan.showcase ? showcaseCustomers[i] : undefined;
    const code = customerCode(plan, i);
    const taxPin = plan.showcase ? taxShowcaseOf(code) : undefined;
    const drawnCity: City = rng.pick(citiesOf(rng.weighted(plan.regions)));
    const city = taxPin?.city ?? drawnCity;
    const company = showcase !== undefined || rng.chance(0.75);
    const name = company ? companyName(faker, rng) : personNameAsCustomer(faker);
    const root = company ? cnpjRoot(rng, rng.chance(0.05)) : "";
    const risk =
      showcase?.risk ??
      rng.weighted([
        ["A", 15],
        ["B", 40],
        ["C", 25],
        ["D", 12],
        ["E", 8],
      ]);
    const limitCents = showcase ? SHOWCASE_LIMIT_CENTS : company ? rng.int(20, 500) * 50_000 : rng.int(4, 40) * 50_000;
    const expired = showcase ? showcase.limitExpiredDays !== undefined : rng.chance(0.08);
    const limitUntil = showcase?.limitExpiredDays
      ? today - showcase.limitExpiredDays
      : showcase
        ? today + 365
        : expired
          ? today - rng.int(5, 200)
          : today + rng.int(30, 540);
    const fresh = !showcase && rng.chance(0.05);
    const base = {
      risk,
      limitCents,
      limitUntil,
      condition: rng.weighted(ctx.conditions),
      priceList: rng.chance(0.7) ? "002" : "003",
      carrier: rng.pick(ctx.carriers),
      // A tax showcase customer is always live: the draw still happens, its result is overridden.
      blocked: (showcase?.blocked ?? rng.chance(0.03)) && !taxPin,
      deleted: !showcase && rng.chance(0.02) && !taxPin,
      since: fresh ? today - rng.int(1, 60) : today - rng.int(760, 3000),
      profile: showcase
        ? "punctual"
        : rng.weighted<PaymentProfile>([
            ["good", 79],
            ["late", 15],
            ["bad", 6],
          ]),
      // Few customers buy a lot (Pareto-like); the showcase buys steadily so it has a history.
      weight: showcase ? 3 : 0.2 + rng.next() ** 3 * 5,
      showcase,
    };
    const stores = company && !showcase && rng.chance(0.04) ? 2 : 1;
    for (let s = 1; s <= stores; s++) {
      const store = String(s).padStart(2, "0");
      const document = company ? cnpj(root, s) : cpf(rng);
      const contact = personName(faker);
      // Drawn in the order the row used to draw them (type, then registration), then made consistent.
      // The registration is valid for A1_EST (MATA030 checks its digits when a rep edits the customer).
      const fiscal = fiscalProfile(
        {
          type: company && rng.chance(0.7) ? "R" : "F",
          registration: company ? (rng.chance(0.15) ? "ISENTO" : validStateRegistration(city.uf, rng)) : "",
          company,
        },
        taxPin,
      );
      const row: Row = {
        A1_FILIAL: plan.branch,
        A1_COD: code,
        A1_LOJA: store,
        A1_NOME: name.legal,
        A1_NREDUZ: name.trade,
        A1_PESSOA: company ? "J" : "F",
        A1_TIPO: fiscal.A1_TIPO,
        A1_CGC: document,
        A1_INSCR: fiscal.A1_INSCR,
        A1_CONTRIB: fiscal.A1_CONTRIB,
        A1_INSCRM: company && rng.chance(0.4) ? String(rng.int(1_000_000, 99_999_999)) : "",
        A1_CNAE: company ? rng.pick(cnaes) : "",
        A1_END: `${faker.location.street()}, ${faker.location.buildingNumber()}`.slice(0, 80),
        A1_COMPLEM: rng.chance(0.3) ? faker.location.secondaryAddress() : "",
        A1_BAIRRO: neighbourhood(rng),
        A1_CEP: cep(rng, city),
        A1_EST: city.uf,
        A1_COD_MUN: city.ibge.slice(2),
        A1_MUN: city.name,
        A1_PAIS: "105",
        A1_DDI: "55",
        A1_DDD: city.ddd,
        A1_TEL: phone(rng, !company || rng.chance(0.4)),
        A1_EMAIL: company
          ? emailOf(rng.pick(["contato", "compras", "financeiro"]), name.trade)
          : emailOf(contact.first, rng.pick(["gmail", "hotmail", "outlook", "uol"])).replace(".com.br", ".com"),
        A1_CONTATO: contact.full.slice(0, 40),
        A1_VEND: plan.seller,
        A1_COND: base.condition,
        A1_TABELA: base.priceList,
        A1_TRANSP: base.carrier,
        A1_RISCO: risk,
        A1_LC: cents(limitCents),
        A1_VENCLC: dateOf(limitUntil),
        A1_SALPEDL: "0",
        A1_SALDUP: "0",
        A1_ULTCOM: "",
        A1_PRICOM: "",
        A1_DTCAD: dateOf(base.since),
        A1_MSBLQL: base.blocked ? "1" : "2",
        D_E_L_E_T_: base.deleted ? "*" : " ",
      };
      out.push({ code, store, short: name.trade, document, row, ...base });
    }
  }
  return out;
}

function personNameAsCustomer(faker: Faker): { legal: string; trade: string } {
  const { full } = personName(faker);
  return { legal: full.toUpperCase(), trade: full.split(" ").slice(0, 2).join(" ").toUpperCase() };
}

/** Carriers (SA4, shared): 000001..000008; 000007 blocked, 000008 deleted. */
export function carrierRows(faker: Faker, rng: Rng): Row[] {
  return Array.from({ length: 8 }, (_, i) => {
    const owner = faker.person.lastName();
    const city = rng.pick(citiesOf(rng.pick(["SE", "NE", "N", "S"] as const)));
    return {
      A4_FILIAL: "",
      A4_COD: String(i + 1).padStart(6, "0"),
      A4_NOME: `Transportes ${owner} ${rng.pick(["Ltda", "Rodoviário Ltda", "Logística S.A."])}`,
      A4_NREDUZ: `TRANSP ${owner.toUpperCase()}`.slice(0, 30),
      A4_CGC: cnpj(cnpjRoot(rng, false)),
      A4_EST: city.uf,
      A4_MUN: city.name,
      A4_DDD: city.ddd,
      A4_TEL: phone(rng, false),
      A4_EMAIL: emailOf("coleta", `transportes${owner}`),
      A4_MSBLQL: i === 6 ? "1" : "2",
      D_E_L_E_T_: i === 7 ? "*" : " ",
    };
  });
}
