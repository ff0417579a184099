/**
 * TMKA070's side of the PGV contact writes [defined here, docs/registration.md "Contacts"]: the
 * critique against the ERP's data and the SU5 / AC8 / AGB writes. The routes (contacts-routes.ts)
 * run the critique before queueing; the job (contact-process.ts) runs it again inside its
 * transaction and writes.
 *
 * A contact belongs to one entity of the tenant branch — a live customer (AC8_ENTIDA 'SA1',
 * AC8_CODENT = A1_COD + A1_LOJA) or prospect ('SUS', US_COD + US_LOJA) — and through it to that
 * entity's seller: the seller scope of every contact write. SU5, AC8 and AGB are shared tables
 * (blank branch fields); AC8_FILENT carries the entity's branch.
 */
import { isValidEmail, isValidPhone } from "../../lib/br-registration";
import { companyTable } from "../db";
import { nextDocumentNumber } from "../orders/numbering";
import type { FieldError } from "../orders/payload";
import type { Scope, Sql } from "../orders/tables";
import type { ContactEntityRef, ContactPayload, ContactPhone } from "./contact-payload";

export type ContactEntity = {
  /** AC8_ENTIDA: SA1 customer, SUS prospect. */
  alias: "SA1" | "SUS";
  code: string;
  store: string;
  /** A1_VEND / US_VEND: whose contact this is. */
  seller: string;
  name: string;
};

/** A live contact of the branch with the entity it belongs to (a customer link before a prospect's). */
export type Contact = { code: string; name: string; email: string; role: string; stamp: string; entity: ContactEntity };

export const ENTITY_NOT_FOUND = "Cliente/Prospect não encontrado.";
export const CONTACT_NOT_FOUND = "Contato não encontrado.";

const tables = (company: string) => {
  const t = (alias: string) => companyTable(alias, company);
  return { SU5: t("SU5"), AC8: t("AC8"), AGB: t("AGB"), SA1: t("SA1"), SUS: t("SUS") };
};

type EntityColumns = {
  entityAlias: ContactEntity["alias"];
  entityCode: string;
  entityStore: string;
  entitySeller: string;
  entityName: string;
};

const ISO_STAMP = `to_char(u.S_T_A_M_P_ AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const entityAliasOf = (type: ContactEntityRef["type"]) => (type === "customer" ? "SA1" : "SUS");

/** The live customer or prospect of the branch, optionally only the given seller's; else undefined. */
export async function findEntity(
  sql: Sql,
  scope: Scope,
  ref: ContactEntityRef,
  seller: string | undefined,
): Promise<(ContactEntity & { convertedInto: string }) | undefined> {
  const t = tables(scope.company);
  const query =
    ref.type === "customer"
      ? `SELECT A1_COD AS code, A1_LOJA AS store, A1_VEND AS seller, rtrim(A1_NOME) AS name, '' AS "convertedInto"
           FROM ${t.SA1} WHERE A1_FILIAL = $1 AND A1_COD = $2 AND A1_LOJA = $3 AND D_E_L_E_T_ = ' '
            AND ($4::text IS NULL OR A1_VEND = $4)`
      : `SELECT US_COD AS code, US_LOJA AS store, US_VEND AS seller, rtrim(US_NOME) AS name,
                CASE WHEN US_STATUS = '6' THEN US_CODCLI || '/' || US_LOJACLI ELSE '' END AS "convertedInto"
           FROM ${t.SUS} WHERE US_FILIAL = $1 AND US_COD = $2 AND US_LOJA = $3 AND D_E_L_E_T_ = ' '
            AND ($4::text IS NULL OR US_VEND = $4)`;
  const { rows } = await sql.query<Omit<ContactEntity, "alias"> & { convertedInto: string }>(query, [
    scope.branch,
    ref.code,
    ref.store,
    seller ?? null,
  ]);
  return rows[0] && { alias: entityAliasOf(ref.type), ...rows[0] };
}

/**
 * The live contact `code` linked to a live entity of the branch (of `seller`, when given): a link
 * to a customer wins over one to a prospect (a converted prospect's contacts have both).
 */
export async function readContact(
  sql: Sql,
  scope: Scope,
  code: string,
  seller: string | undefined,
): Promise<Contact | undefined> {
  const t = tables(scope.company);
  const { rows } = await sql.query<Omit<Contact, "entity"> & EntityColumns>(
    `SELECT u.U5_CODCONT AS code, rtrim(u.U5_CONTAT) AS name, rtrim(u.U5_EMAIL) AS email, rtrim(u.U5_FUNCAO) AS role,
            ${ISO_STAMP} AS stamp, l.AC8_ENTIDA AS "entityAlias", e.code AS "entityCode", e.store AS "entityStore",
            e.seller AS "entitySeller", e.name AS "entityName"
       FROM ${t.SU5} u
       JOIN ${t.AC8} l ON l.AC8_CODCON = u.U5_CODCONT AND l.AC8_FILENT = $1 AND l.D_E_L_E_T_ = ' '
       JOIN LATERAL (
         SELECT A1_COD AS code, A1_LOJA AS store, A1_VEND AS seller, rtrim(A1_NOME) AS name FROM ${t.SA1}
          WHERE l.AC8_ENTIDA = 'SA1' AND A1_FILIAL = l.AC8_FILENT AND A1_COD = substr(l.AC8_CODENT, 1, 6)
            AND A1_LOJA = substr(l.AC8_CODENT, 7, 2) AND D_E_L_E_T_ = ' '
         UNION ALL
         SELECT US_COD, US_LOJA, US_VEND, rtrim(US_NOME) FROM ${t.SUS}
          WHERE l.AC8_ENTIDA = 'SUS' AND US_FILIAL = l.AC8_FILENT AND US_COD = substr(l.AC8_CODENT, 1, 6)
            AND US_LOJA = substr(l.AC8_CODENT, 7, 2) AND D_E_L_E_T_ = ' ') e ON true
      WHERE u.U5_FILIAL = '' AND u.U5_CODCONT = $2 AND u.D_E_L_E_T_ = ' ' AND ($3::text IS NULL OR e.seller = $3)
      ORDER BY l.AC8_ENTIDA, l.R_E_C_N_O_ LIMIT 1`,
    [scope.branch, code, seller ?? null],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { entityAlias, entityCode, entityStore, entitySeller, entityName, ...contact } = row;
  return {
    ...contact,
    entity: { alias: entityAlias, code: entityCode, store: entityStore, seller: entitySeller, name: entityName },
  };
}

/**
 * The critique of the contact's own data (TMKA070): a well-formed e-mail when one is given, and
 * Brazilian phones (DDI 55) valid for their DDD; a foreign number is kept as typed.
 */
export function contactCritique(payload: ContactPayload): FieldError[] {
  const errors: FieldError[] = [];
  if (payload.email !== "" && !isValidEmail(payload.email))
    errors.push({ field: "email", message: "E-mail inválido." });
  payload.phones.forEach((p, i) => {
    if (p.ddi === "55" && !isValidPhone(p.ddd, p.phone))
      errors.push({ field: `phones.${i}.phone`, message: `Telefone (${p.ddd}) ${p.phone} inválido para o DDD.` });
  });
  return errors;
}

/**
 * Where a new contact goes: the entity must be a live customer or prospect of the caller's seller
 * (any seller's for an administrator: `seller` undefined) — else `notFound` — and not a prospect
 * already converted (its contacts live on the customer now).
 */
export async function checkNewContact(
  sql: Sql,
  scope: Scope,
  payload: ContactPayload,
  seller: string | undefined,
): Promise<{ ok: true; entity: ContactEntity } | { ok: false; notFound: boolean; errors: FieldError[] }> {
  const entity = payload.entity && (await findEntity(sql, scope, payload.entity, seller));
  if (!entity) return { ok: false, notFound: true, errors: [{ field: "entity", message: ENTITY_NOT_FOUND }] };
  const errors = contactCritique(payload);
  if (entity.convertedInto)
    errors.unshift({
      field: "entity",
      message: `Prospect ${entity.code}/${entity.store} já convertido no cliente ${entity.convertedInto}: inclua o contato no cliente.`,
    });
  if (errors.length > 0) return { ok: false, notFound: false, errors };
  const { convertedInto: _, ...owner } = entity;
  return { ok: true, entity: owner };
}

/** On PUT the entity may be repeated but never changed. */
export function entityChange(payload: ContactPayload, current: ContactEntity): FieldError[] {
  const sent = payload.entity;
  if (!sent) return [];
  const same = entityAliasOf(sent.type) === current.alias && sent.code === current.code && sent.store === current.store;
  return same ? [] : [{ field: "entity", message: "O cliente ou prospect de um contato não pode ser alterado." }];
}

/** U5_DDD / U5_FONE / U5_CELULAR: the main phone's DDD, the first landline and the first mobile (main first). */
function su5Phones(phones: readonly ContactPhone[]) {
  const byMain = [...phones].sort((a, b) => Number(b.main) - Number(a.main));
  const mobile = byMain.find((p) => p.type === "4");
  const landline = byMain.find((p) => p.type !== "4");
  return { ddd: byMain[0]?.ddd ?? "", fone: landline?.phone ?? "", celular: mobile?.phone ?? "" };
}

/** AGB rows of the contact: codes max + 1 over every row (never reused); the first phone is main when none is. */
async function insertPhones(sql: Sql, company: string, contact: string, phones: readonly ContactPhone[]) {
  if (phones.length === 0) return;
  const t = tables(company);
  const first = Number(await nextDocumentNumber(sql, t.AGB, { branch: "AGB_FILIAL", number: "AGB_CODIGO" }, ""));
  const main = Math.max(
    phones.findIndex((p) => p.main),
    0,
  );
  for (const [i, p] of phones.entries()) {
    await sql.query(
      `INSERT INTO ${t.AGB} (AGB_FILIAL, AGB_CODIGO, AGB_ENTIDA, AGB_CODENT, AGB_TIPO, AGB_PADRAO, AGB_DDI, AGB_DDD, AGB_TELEFO, AGB_COMP)
       VALUES ('', $1, 'SU5', $2, $3, $4, $5, $6, $7, $8)`,
      [
        String(first + i).padStart(6, "0"),
        contact,
        p.type,
        i === main ? "1" : "2",
        p.ddi,
        p.ddd,
        p.phone,
        p.complement,
      ],
    );
  }
}

const removePhones = (sql: Sql, company: string, contact: string) =>
  sql.query(
    `UPDATE ${tables(company).AGB} SET D_E_L_E_T_ = '*' WHERE AGB_ENTIDA = 'SU5' AND AGB_CODENT = $1 AND D_E_L_E_T_ = ' '`,
    [contact],
  );

/** SU5 (next U5_CODCONT of the group, GETSXENUM-like), its AC8 link to the entity, its AGB phones. */
export async function insertContact(
  sql: Sql,
  scope: Scope,
  entity: ContactEntity,
  payload: ContactPayload,
): Promise<string> {
  const t = tables(scope.company);
  const code = await nextDocumentNumber(sql, t.SU5, { branch: "U5_FILIAL", number: "U5_CODCONT" }, "");
  const { ddd, fone, celular } = su5Phones(payload.phones);
  await sql.query(
    `INSERT INTO ${t.SU5} (U5_FILIAL, U5_CODCONT, U5_CONTAT, U5_EMAIL, U5_FUNCAO, U5_DDD, U5_FONE, U5_CELULAR, U5_MSBLQL)
     VALUES ('', $1, $2, $3, $4, $5, $6, $7, '2')`,
    [code, payload.name, payload.email, payload.role, ddd, fone, celular],
  );
  await sql.query(
    `INSERT INTO ${t.AC8} (AC8_FILIAL, AC8_FILENT, AC8_ENTIDA, AC8_CODENT, AC8_CODCON) VALUES ('', $1, $2, $3, $4)`,
    [scope.branch, entity.alias, `${entity.code}${entity.store}`, code],
  );
  await insertPhones(sql, scope.company, code, payload.phones);
  return code;
}

/** Replaces name, e-mail, role and the phone list (old AGB rows soft-deleted, the new ones inserted). */
export async function updateContact(sql: Sql, scope: Scope, code: string, payload: ContactPayload): Promise<void> {
  const { ddd, fone, celular } = su5Phones(payload.phones);
  await sql.query(
    `UPDATE ${tables(scope.company).SU5} SET U5_CONTAT = $2, U5_EMAIL = $3, U5_FUNCAO = $4, U5_DDD = $5, U5_FONE = $6, U5_CELULAR = $7
      WHERE U5_FILIAL = '' AND U5_CODCONT = $1 AND D_E_L_E_T_ = ' '`,
    [code, payload.name, payload.email, payload.role, ddd, fone, celular],
  );
  await removePhones(sql, scope.company, code);
  await insertPhones(sql, scope.company, code, payload.phones);
}

/** Soft-deletes the contact, every link of it (AC8) and its phones (AGB). */
export async function deleteContact(sql: Sql, scope: Scope, code: string): Promise<void> {
  const t = tables(scope.company);
  await sql.query(
    `UPDATE ${t.SU5} SET D_E_L_E_T_ = '*' WHERE U5_FILIAL = '' AND U5_CODCONT = $1 AND D_E_L_E_T_ = ' '`,
    [code],
  );
  await sql.query(`UPDATE ${t.AC8} SET D_E_L_E_T_ = '*' WHERE AC8_CODCON = $1 AND D_E_L_E_T_ = ' '`, [code]);
  await removePhones(sql, scope.company, code);
}
