/**
 * Prospects (SUS, TMKA260) for the demos and the tests (sandbox/docs/data.md "Prospects"): a fixed
 * handful per demo seller, no random draw — every other seeded figure stays as it was. Documents
 * are real (CPF/CNPJ check digits through `withCheckDigits`, state registrations valid for their UF,
 * checked here so a typo fails the seed), cities real (cities.ts). Ana's converted prospect is
 * copied from one of her seeded customers, linked both ways (US_CODCLI/US_LOJACLI ↔ A1_XPROSP).
 * Runs once per company group after every branch is written: the contact of a prospect takes the
 * next SU5/AGB codes (shared tables, numbered across the group's branches).
 */
import { withCheckDigits } from "../../lib/br-documents";
import { isValidStateRegistration } from "../../lib/br-registration";
import { companyTable, type Database } from "../db";
import { bulkInsert, type Row } from "./bulk";
import { cities } from "./cities";
import { dateOf, dayOf } from "./dates";

type ProspectContact = { name: string; email: string; role: string; ddd: string; mobile: string };

type ProspectSeed = {
  group: string;
  branch: string;
  code: string;
  seller: string;
  name: string;
  fantasy?: string;
  person: "F" | "J";
  type: "F" | "R";
  /** CNPJ base (12 characters) or CPF base (9 digits); none = not given yet. */
  documentBase?: string;
  ie?: string;
  address?: { ibge: string; zip: string; street: string; neighborhood: string; complement?: string };
  ddd: string;
  phone: string;
  email: string;
  /** US_STATUS 1 classificado … 5 cancelado (6, converted, is ana's copied prospect). */
  status: "1" | "2" | "3" | "4" | "5";
  registeredDaysAgo: number;
  externalid?: string;
  deleted?: boolean;
  contact?: ProspectContact;
};

/** What the seed shows (sandbox/docs/data.md); ana's converted prospect 000004 is built from her customer. */
export const prospectShowcase: readonly ProspectSeed[] = [
  {
    group: "01",
    branch: "01",
    code: "000001",
    seller: "000001",
    name: "Empório Vila Madalena Ltda",
    fantasy: "Empório Vila Madalena",
    person: "J",
    type: "R",
    documentBase: "471283650001",
    ie: "347281560121",
    address: { ibge: "3550308", zip: "05435000", street: "Rua Harmonia, 412", neighborhood: "Vila Madalena" },
    ddd: "11",
    phone: "30327788",
    email: "compras@emporiovilamadalena.com.br",
    status: "2",
    registeredDaysAgo: 20,
    externalid: "pgv-pro-ana-emporio",
    contact: {
      name: "MARINA COSTA LEITE",
      email: "marina@emporiovilamadalena.com.br",
      role: "COMPRADOR",
      ddd: "11",
      mobile: "987651234",
    },
  },
  {
    group: "01",
    branch: "01",
    code: "000002",
    seller: "000001",
    name: "Padaria Estrela da Manhã Ltda",
    person: "J",
    type: "F",
    documentBase: "529304180001",
    ddd: "11",
    phone: "988812345",
    email: "padariaestrela@gmail.com",
    status: "1",
    registeredDaysAgo: 6,
  },
  {
    group: "01",
    branch: "01",
    code: "000003",
    seller: "000001",
    name: "RAFAEL MENDES OLIVEIRA",
    fantasy: "RAFAEL MENDES",
    person: "F",
    type: "F",
    documentBase: "318746502",
    address: {
      ibge: "3509502",
      zip: "13015100",
      street: "Rua Barão de Jaguara, 155",
      neighborhood: "Centro",
      complement: "apto 42",
    },
    ddd: "19",
    phone: "991234567",
    email: "rafael.mendes@gmail.com",
    status: "4",
    registeredDaysAgo: 45,
  },
  {
    group: "01",
    branch: "01",
    code: "000005",
    seller: "000001",
    name: "Bar do Zeca",
    person: "J",
    type: "F",
    ddd: "11",
    phone: "32145566",
    email: "",
    status: "5",
    registeredDaysAgo: 120,
    deleted: true,
  },
  {
    group: "01",
    branch: "01",
    code: "000006",
    seller: "000002",
    name: "Mercado Serra Azul Ltda",
    fantasy: "Serra Azul",
    person: "J",
    type: "R",
    documentBase: "618472900001",
    ie: "612093477115",
    address: { ibge: "3552205", zip: "18035000", street: "Av. General Osório, 980", neighborhood: "Vila Trujillo" },
    ddd: "15",
    phone: "32245566",
    email: "compras@mercadoserraazul.com.br",
    status: "2",
    registeredDaysAgo: 12,
    externalid: "pgv-pro-bruno-serra-azul",
  },
  {
    group: "01",
    branch: "01",
    code: "000007",
    seller: "000002",
    name: "CLÁUDIA FERREIRA SANTOS",
    person: "F",
    type: "F",
    ddd: "11",
    phone: "976543210",
    email: "",
    status: "1",
    registeredDaysAgo: 3,
  },
  {
    group: "01",
    branch: "02",
    code: "000001",
    seller: "000001",
    name: "Distribuidora Aldeota Ltda",
    fantasy: "Dist. Aldeota",
    person: "J",
    type: "R",
    documentBase: "735190460001",
    ie: "064218376",
    address: { ibge: "2304400", zip: "60150160", street: "Rua Torres Câmara, 320", neighborhood: "Aldeota" },
    ddd: "85",
    phone: "32104455",
    email: "compras@distaldeota.com.br",
    status: "1",
    registeredDaysAgo: 15,
  },
  {
    group: "02",
    branch: "01",
    code: "000001",
    seller: "000101",
    name: "Comercial Marajó Ltda",
    fantasy: "Marajó",
    person: "J",
    type: "R",
    documentBase: "842061350001",
    ie: "152874631",
    address: { ibge: "1501402", zip: "66010020", street: "Rua Gaspar Viana, 210", neighborhood: "Campina" },
    ddd: "91",
    phone: "32221100",
    email: "contato@comercialmarajo.com.br",
    status: "1",
    registeredDaysAgo: 9,
  },
];

/** Ana's prospect that became her customer (US_STATUS 6): code and store in 01/01. */
export const CONVERTED_PROSPECT = { code: "000004", store: "01" } as const;

export async function seedProspects(db: Database, group: string, today: number): Promise<void> {
  const t = (alias: string) => companyTable(alias, group);
  const sus: Row[] = [];
  const su5: Row[] = [];
  const ac8: Row[] = [];
  const agb: Row[] = [];
  const next = async (table: string, column: string) =>
    Number(
      (
        await db.query<{ n: string }>(
          `SELECT COALESCE(max(${column}::int), 0) AS n FROM ${table} WHERE ${column} ~ '^[0-9]+$'`,
        )
      ).rows[0]!.n,
    ) + 1;
  let contact = await next(t("SU5"), "U5_CODCONT");
  let phone = await next(t("AGB"), "AGB_CODIGO");

  for (const p of prospectShowcase.filter((x) => x.group === group)) {
    const city = p.address && cities.find((c) => c.ibge === p.address!.ibge);
    if (p.address && !city) throw new Error(`prospect seed ${p.code}: unknown city ${p.address.ibge}`);
    if (p.ie && (!city || !isValidStateRegistration(city.uf, p.ie)))
      throw new Error(`prospect seed ${p.code}: IE ${p.ie} is not valid for ${city?.uf ?? "(no UF)"}`);
    sus.push({
      US_FILIAL: p.branch,
      US_COD: p.code,
      US_LOJA: "01",
      US_NOME: p.name,
      US_NREDUZ: p.fantasy ?? p.name.slice(0, 40),
      US_PESSOA: p.person,
      US_TIPO: p.type,
      US_CGC: p.documentBase ? withCheckDigits(p.documentBase) : "",
      US_INSCR: p.ie ?? "",
      US_CONTRIB: p.ie ? "1" : "2",
      US_END: p.address?.street ?? "",
      US_COMPLEM: p.address?.complement ?? "",
      US_BAIRRO: p.address?.neighborhood ?? "",
      US_CEP: p.address?.zip ?? "",
      US_EST: city?.uf ?? "",
      US_COD_MUN: city ? city.ibge.slice(2) : "",
      US_MUN: city?.name ?? "",
      US_DDI: "55",
      US_DDD: p.ddd,
      US_TEL: p.phone,
      US_EMAIL: p.email,
      US_VEND: p.seller,
      US_STATUS: p.status,
      US_CODCLI: "",
      US_LOJACLI: "",
      US_DTCONV: "",
      US_DTCAD: dateOf(today - p.registeredDaysAgo),
      US_XEXTID: p.externalid ?? "",
      US_MSBLQL: "2",
      D_E_L_E_T_: p.deleted ? "*" : " ",
    });
    if (p.contact) {
      const code = String(contact++).padStart(6, "0");
      su5.push({
        U5_FILIAL: "",
        U5_CODCONT: code,
        U5_CONTAT: p.contact.name,
        U5_EMAIL: p.contact.email,
        U5_FUNCAO: p.contact.role,
        U5_DDD: p.contact.ddd,
        U5_FONE: p.phone,
        U5_CELULAR: p.contact.mobile,
        U5_MSBLQL: "2",
        D_E_L_E_T_: " ",
      });
      ac8.push({
        AC8_FILIAL: "",
        AC8_FILENT: p.branch,
        AC8_ENTIDA: "SUS",
        AC8_CODENT: `${p.code}01`,
        AC8_CODCON: code,
        D_E_L_E_T_: " ",
      });
      agb.push({
        AGB_FILIAL: "",
        AGB_CODIGO: String(phone++).padStart(6, "0"),
        AGB_ENTIDA: "SU5",
        AGB_CODENT: code,
        AGB_TIPO: "4",
        AGB_PADRAO: "1",
        AGB_DDI: "55",
        AGB_DDD: p.contact.ddd,
        AGB_TELEFO: p.contact.mobile,
        AGB_COMP: "",
        D_E_L_E_T_: " ",
      });
    }
  }
  if (group === "01") sus.push(await convertedProspect(db, t, today));
  await bulkInsert(db, t("SUS"), sus);
  await bulkInsert(db, t("SU5"), su5);
  await bulkInsert(db, t("AC8"), ac8);
  await bulkInsert(db, t("AGB"), agb);
}

type CustomerRow = Record<string, string>;

/**
 * Ana's prospect 000004/01, converted into one of her live company customers (a recently
 * registered one when she has any, as a conversion would have made it) the day that customer was
 * registered; the customer's A1_XPROSP names the prospect.
 */
async function convertedProspect(db: Database, t: (alias: string) => string, today: number): Promise<Row> {
  const { rows } = await db.query<CustomerRow>(
    `SELECT * FROM ${t("SA1")}
      WHERE A1_FILIAL = '01' AND A1_VEND = '000001' AND A1_PESSOA = 'J' AND A1_LOJA = '01' AND A1_MSBLQL = '2'
        AND A1_COD > '000020' AND D_E_L_E_T_ = ' '
      ORDER BY (A1_DTCAD >= $1) DESC, A1_COD LIMIT 1`,
    [dateOf(today - 60)],
  );
  const c = rows[0];
  if (!c) throw new Error("prospect seed: ana has no live company customer to have converted a prospect into");
  const value = (column: string) => String(c[column.toLowerCase()] ?? "").trimEnd();
  const registered = dayOf(value("A1_DTCAD"));
  const { code, store } = CONVERTED_PROSPECT;
  await db.query(
    `UPDATE ${t("SA1")} SET A1_XPROSP = $3 WHERE A1_FILIAL = '01' AND A1_COD = $1 AND A1_LOJA = $2 AND D_E_L_E_T_ = ' '`,
    [value("A1_COD"), value("A1_LOJA"), `${code}${store}`],
  );
  return {
    US_FILIAL: "01",
    US_COD: code,
    US_LOJA: store,
    US_NOME: value("A1_NOME"),
    US_NREDUZ: value("A1_NREDUZ"),
    US_PESSOA: value("A1_PESSOA"),
    US_TIPO: value("A1_TIPO"),
    US_CGC: value("A1_CGC"),
    US_INSCR: value("A1_INSCR"),
    US_CONTRIB: value("A1_CONTRIB"),
    US_END: value("A1_END"),
    US_COMPLEM: value("A1_COMPLEM"),
    US_BAIRRO: value("A1_BAIRRO"),
    US_CEP: value("A1_CEP"),
    US_EST: value("A1_EST"),
    US_COD_MUN: value("A1_COD_MUN"),
    US_MUN: value("A1_MUN"),
    US_DDI: "55",
    US_DDD: value("A1_DDD"),
    US_TEL: value("A1_TEL"),
    US_EMAIL: value("A1_EMAIL"),
    US_VEND: "000001",
    US_STATUS: "6",
    US_CODCLI: value("A1_COD"),
    US_LOJACLI: value("A1_LOJA"),
    US_DTCONV: dateOf(registered),
    US_DTCAD: dateOf(registered - 30),
    US_XEXTID: "",
    US_MSBLQL: "2",
    D_E_L_E_T_: " ",
  };
}
