import { isIsoDate } from "../../../lib/dates";
import { TotvsError } from "../../errors";
import { findField, type FieldMap } from "./fields";

/**
 * Query parameters of every PGV collection (ERP-CONTRACT.md §1): `page` (1-based, default 1),
 * `pageSize` (default 10, silently capped per entity — 500, 5000 for phonecontacts), `order=a,-b`,
 * `fields=a,b`. Invalid values are the caller's fault: 400 with the TOTVS envelope.
 */

const DEFAULT_PAGE_SIZE = 10;

const badRequest = (pt: string, en: string) => new TotvsError(400, pt, en);

function positiveInt(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw badRequest(
      `Parâmetro ${name} inválido: informe um número inteiro maior que zero.`,
      `${name}=${raw} is not a positive integer`,
    );
  }
  return Number(raw);
}

type Paging = { page: number; pageSize: number; offset: number };

export function parsePaging(query: Record<string, string>, maxPageSize: number): Paging {
  const page = positiveInt(query.page, "page", 1);
  const pageSize = Math.min(positiveInt(query.pageSize ?? query.pagesize, "pageSize", DEFAULT_PAGE_SIZE), maxPageSize);
  return { page, pageSize, offset: (page - 1) * pageSize };
}

function names(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** `order=name,-code` → SQL ORDER BY items over allow-listed (filterable) fields only. */
export function parseOrder(raw: string | undefined, fields: FieldMap): string[] | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  return names(raw).map((item) => {
    const descending = item.startsWith("-");
    const name = item.replace(/^[-+]/, "");
    const found = findField(fields, name);
    if (!found || !found[1].filter) {
      throw badRequest(
        `Parâmetro order inválido: o campo "${name}" não pode ser usado na ordenação.`,
        `order field ${name} is not allow-listed`,
      );
    }
    return `${found[1].sql} ${descending ? "DESC" : "ASC"}`;
  });
}

/** `fields=code,name` → the wire names to return (a subset of the entity's fields). */
export function parseFields(raw: string | undefined, fields: FieldMap): string[] {
  if (raw === undefined || raw.trim() === "") return Object.keys(fields);
  const picked = names(raw).map((name) => {
    const found = findField(fields, name);
    if (!found) throw badRequest(`Parâmetro fields inválido: o campo "${name}" não existe.`, `unknown field ${name}`);
    return found[0];
  });
  return [...new Set(picked)];
}

/**
 * The `{date}` of `diff/{date}`: what the client got as `po_sync_date` (`2026-11-22T10:00:00Z`,
 * with or without milliseconds or an offset) or a Protheus-style day (`20261122`, `2026-11-22`,
 * UTC midnight). A time without zone is read as UTC. Returns an ISO string for `::timestamptz`.
 */
export function parseSyncDate(raw: string): string {
  const day = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(raw);
  const stamp = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw);
  const match = day ?? stamp;
  if (match) {
    const realDay = isIsoDate(`${match[1]}-${match[2]}-${match[3]}`);
    const iso = day
      ? `${match[1]}-${match[2]}-${match[3]}T00:00:00Z`
      : /(Z|[+-]\d{2}:?\d{2})$/.test(raw)
        ? raw
        : `${raw}Z`;
    if (realDay && !Number.isNaN(Date.parse(iso))) return iso;
  }
  throw badRequest(
    "Data de sincronização inválida: use aaaa-mm-ddThh:mm:ssZ ou aaaammdd.",
    `diff date ${raw} is neither ISO-8601 nor YYYYMMDD`,
  );
}
