/**
 * MATA030's critique of a customer (and TMKA260's of a prospect) against the ERP's data, for the
 * PGV writes [defined here, docs/registration.md]: required fields, CPF/CNPJ check digits
 * (alphanumeric CNPJ included), no duplicate CPF/CNPJ among live records, the state registration
 * (IE) per UF or ISENTO, a real IBGE city of the UF, customer type consistent with the IE, payment
 * condition and price list active. The POST/PUT routes run it before queueing (422 with details);
 * the job runs it again inside its transaction (the ERP may have changed since).
 *
 * A duplicate names the existing record only when it is the caller's own: another seller's
 * customer is reported as existing, nothing more.
 */
import { documentKind } from "../../lib/br-documents";
import { municipality } from "../../lib/br-municipality";
import {
  IE_EXEMPT,
  isUf,
  isValidCep,
  isValidEmail,
  isValidPhone,
  isValidStateRegistration,
  normalizeStateRegistration,
} from "../../lib/br-registration";
import { companyTable } from "../db";
import type { FieldError } from "../orders/payload";
import type { Scope, Sql } from "../orders/tables";
import type { EntityPayload } from "./entity-payload";
import { RECORD_COLUMNS, recordLabel, type RecordTable } from "./record-table";

export type EntityKind = "customer" | "prospect";
export type RecordKey = { code: string; store: string };

/** A field error; a duplicate also says so, and names the caller's own record it collides with. */
export type RegistrationError = FieldError & {
  reason?: "duplicate";
  /** What the duplicate is: a customer or a prospect (said even when it is another seller's). */
  duplicateOf?: EntityKind;
  customer?: RecordKey;
  prospect?: RecordKey;
};

/** What the write stores, normalised and derived (A1_CONTRIB, A1_COD_MUN + A1_MUN). */
export type ResolvedEntity = {
  personType: "F" | "J";
  cgc: string;
  estadualregistration: string;
  /** A1_CONTRIB / US_CONTRIB: 1 with a state registration, 2 without (ISENTO or blank). */
  contributor: "1" | "2";
  uf: string;
  /** The 5-digit A1_COD_MUN, and A1_MUN as the IBGE names it. */
  citycode: string;
  city: string;
};

export type CritiqueOptions = {
  kind: EntityKind;
  /** The caller's seller: whether a duplicate is theirs. */
  seller: string;
  /** The record being edited (excluded from the duplicate search); absent on insert. */
  self?: RecordKey;
  /**
   * A prospect's data checked as a customer (conversion): the customer's required fields and the
   * customer duplicates, with the prospect itself excluded from the prospect duplicates.
   */
  converting?: boolean;
};

const REQUIRED: Record<EntityKind, (keyof EntityPayload)[]> = {
  customer: ["name", "personType", "cgc", "zipcode", "address", "neighborhood", "uf", "citycode"],
  prospect: ["name"],
};

const LABEL: Partial<Record<keyof EntityPayload, string>> = {
  name: "a razão social ou o nome",
  personType: "o tipo de pessoa (F ou J)",
  cgc: "o CPF ou CNPJ",
  zipcode: "o CEP",
  address: "o endereço",
  neighborhood: "o bairro",
  uf: "a UF",
  citycode: "o município",
  estadualregistration: "a inscrição estadual (ou ISENTO)",
};

const required = (field: keyof EntityPayload): RegistrationError => ({
  field,
  message: `Informe ${LABEL[field] ?? field}.`,
});

export async function critiqueEntity(
  sql: Sql,
  scope: Scope,
  payload: EntityPayload,
  options: CritiqueOptions,
): Promise<{ errors: RegistrationError[]; resolved: ResolvedEntity }> {
  const asCustomer = options.kind === "customer" || options.converting === true;
  const errors: RegistrationError[] = [];
  for (const field of REQUIRED[asCustomer ? "customer" : "prospect"]) {
    const value = payload[field];
    if (value === undefined || value === "") errors.push(required(field));
  }

  const cgc = payload.cgc;
  const kind = cgc ? documentKind(cgc) : null;
  const personType = payload.personType ?? (kind === "cpf" ? "F" : "J");
  if (cgc && !kind) errors.push({ field: "cgc", message: "CPF/CNPJ inválido: confira os dígitos verificadores." });
  else if (cgc && payload.personType && (kind === "cpf") !== (payload.personType === "F"))
    errors.push({
      field: "cgc",
      message: payload.personType === "F" ? "Pessoa física: informe um CPF." : "Pessoa jurídica: informe um CNPJ.",
    });

  const uf = payload.uf;
  if (uf && !isUf(uf)) errors.push({ field: "uf", message: `UF ${uf} inexistente.` });

  const ie = normalizeStateRegistration(payload.estadualregistration);
  if (ie === "" && asCustomer && personType === "J") errors.push(required("estadualregistration"));
  else if (ie !== "" && ie !== IE_EXEMPT) {
    if (!uf) errors.push({ field: "estadualregistration", message: "Informe a UF para validar a inscrição estadual." });
    else if (isUf(uf) && !isValidStateRegistration(uf, ie))
      errors.push({ field: "estadualregistration", message: `Inscrição estadual inválida para ${uf}.` });
  }
  const contributor = ie !== "" && ie !== IE_EXEMPT ? "1" : "2";
  if ((payload.customertype === "R" || payload.customertype === "S") && contributor === "2")
    errors.push({
      field: "customertype",
      message: "Revendedor (R) e solidário (S) precisam de inscrição estadual: ISENTO não é aceito.",
    });
  if (personType === "F" && payload.customertype === "R")
    errors.push({ field: "customertype", message: "Pessoa física não pode ser revendedor (R)." });

  const city = payload.citycode ? municipality(payload.citycode, isUf(uf) ? uf : undefined) : undefined;
  if (payload.citycode && !city)
    errors.push({
      field: "citycode",
      message: uf
        ? `Município ${payload.citycode} não existe em ${uf} (código IBGE).`
        : "Município inexistente (código IBGE).",
    });

  if (payload.zipcode && !isValidCep(payload.zipcode))
    errors.push({ field: "zipcode", message: "CEP inválido: informe os 8 dígitos." });
  if (payload.email && !isValidEmail(payload.email)) errors.push({ field: "email", message: "E-mail inválido." });
  if (payload.phone) {
    if (!payload.ddd) errors.push({ field: "ddd", message: "Informe o DDD do telefone." });
    else if (!isValidPhone(payload.ddd, payload.phone))
      errors.push({ field: "phone", message: "Telefone inválido: informe DDD e número (8 ou 9 dígitos)." });
  }

  errors.push(...(await commercialErrors(sql, scope, payload)));
  if (cgc && kind) errors.push(...(await duplicates(sql, scope, cgc, options)));

  return {
    errors,
    resolved: {
      personType,
      cgc,
      estadualregistration: ie,
      contributor,
      // A 7-digit IBGE code names its UF: a prospect may send the city without the UF.
      uf: uf || city?.uf || "",
      citycode: city ? city.ibge.slice(2) : "",
      city: city?.name ?? "",
    },
  };
}

/** Payment condition and price list, when given: they must exist and be active (shared tables). */
async function commercialErrors(sql: Sql, scope: Scope, payload: EntityPayload): Promise<RegistrationError[]> {
  const errors: RegistrationError[] = [];
  const exists = async (query: string, value: string) => (await sql.query(query, [value])).rows.length > 0;
  if (
    payload.paymentconditions &&
    !(await exists(
      `SELECT 1 FROM ${companyTable("SE4", scope.company)} WHERE E4_CODIGO = $1 AND E4_MSBLQL <> '1' AND D_E_L_E_T_ = ' '`,
      payload.paymentconditions,
    ))
  )
    errors.push({
      field: "paymentconditions",
      message: `Condição de pagamento ${payload.paymentconditions} inexistente ou bloqueada.`,
    });
  if (
    payload.pricelist &&
    !(await exists(
      `SELECT 1 FROM ${companyTable("DA0", scope.company)} WHERE DA0_CODTAB = $1 AND DA0_ATIVO = '1' AND D_E_L_E_T_ = ' '`,
      payload.pricelist,
    ))
  )
    errors.push({ field: "pricelist", message: `Tabela de preço ${payload.pricelist} inexistente ou inativa.` });
  return errors;
}

/**
 * Live customers (and, for a prospect, live unconverted prospects) of the branch with this CPF/CNPJ.
 * The caller's own record is named; another seller's is only said to exist.
 */
async function duplicates(sql: Sql, scope: Scope, cgc: string, options: CritiqueOptions): Promise<RegistrationError[]> {
  const asProspect = options.kind === "prospect";
  const customer = await sameDocument(sql, scope, "SA1", cgc, asProspect ? undefined : options.self);
  if (customer)
    // A prospect's data that is already a customer's: TMKA260 says "já é cliente".
    return [
      duplicateError("customer", customer, options.seller, {
        own: asProspect
          ? `Este CPF/CNPJ já é cliente: o seu cliente ${recordLabel(customer)}.`
          : `Este CPF/CNPJ já é do seu cliente ${recordLabel(customer)}.`,
        other: asProspect
          ? "Este CPF/CNPJ já é cliente desta empresa."
          : "Este CPF/CNPJ já está cadastrado como cliente desta empresa.",
      }),
    ];
  if (!asProspect) return [];
  const prospect = await sameDocument(sql, scope, "SUS", cgc, options.self, "US_STATUS <> '6'");
  if (!prospect) return [];
  return [
    duplicateError("prospect", prospect, options.seller, {
      own: `Este CPF/CNPJ já é do seu prospect ${recordLabel(prospect)}.`,
      other: "Este CPF/CNPJ já está cadastrado como prospect desta empresa.",
    }),
  ];
}

type Holder = RecordKey & { seller: string };

/** The first live record of the table with this CPF/CNPJ, `self` excluded (and only where `live` holds). */
async function sameDocument(
  sql: Sql,
  scope: Scope,
  table: RecordTable,
  cgc: string,
  self: RecordKey | undefined,
  live = "true",
): Promise<Holder | undefined> {
  const c = RECORD_COLUMNS[table];
  const { rows } = await sql.query<Holder>(
    `SELECT ${c.code} AS code, ${c.store} AS store, ${c.seller} AS seller FROM ${companyTable(table, scope.company)}
      WHERE ${c.branch} = $1 AND ${c.cgc} = $2 AND ${live} AND D_E_L_E_T_ = ' ' AND NOT (${c.code} = $3 AND ${c.store} = $4)
      ORDER BY ${c.code}, ${c.store} LIMIT 1`,
    [scope.branch, cgc, self?.code ?? "", self?.store ?? ""],
  );
  return rows[0];
}

/** A duplicate's detail: the caller's own record named (`customer` / `prospect`), another seller's only said to exist. */
function duplicateError(
  of: EntityKind,
  holder: Holder,
  seller: string,
  message: { own: string; other: string },
): RegistrationError {
  const found = { field: "cgc", reason: "duplicate", duplicateOf: of } as const;
  if (holder.seller !== seller) return { ...found, message: message.other };
  const key = { code: holder.code, store: holder.store };
  return { ...found, ...(of === "customer" ? { customer: key } : { prospect: key }), message: message.own };
}
