import "server-only";
import { z } from "zod";
import { resolvePrivileges, type Privileges } from "@/lib/privileges";
import { endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";

/**
 * `GET api/tgv/privileges` [defined here] (sandbox/docs/privileges.md): the menu and action
 * privileges of the token's user. Tolerant of what a customer's Protheus team may write: flags as
 * true/false, 1/0, "1"/"0", "S"/"N", "T"/"F", "true"/"false"; the profile's keys as a list of
 * `{ key, allowed }` items or as an object of key → flag; field names in either case.
 */

/** A Protheus-style flag; anything else reads as "no" (a typo never grants). */
const flag = z
  .union([z.boolean(), z.number(), z.string()])
  .transform((v) => v === true || v === 1 || ["1", "S", "T", "TRUE", "Y"].includes(String(v).trim().toUpperCase()));

const itemSchema = z
  .looseObject({
    key: z.string().optional(),
    chave: z.string().optional(),
    allowed: flag.optional(),
    permitido: flag.optional(),
  })
  .transform((i) => [(i.key ?? i.chave ?? "").trim(), i.allowed ?? i.permitido ?? false] as const);

export const privilegesAnswerSchema = z
  .looseObject({
    profile: z.string().nullish(),
    perfil: z.string().nullish(),
    /** What a key the profile does not name gets; allowed when absent. */
    default: flag.optional(),
    privileges: z.union([z.array(itemSchema), z.record(z.string(), flag)]).optional(),
    items: z.array(itemSchema).optional(),
  })
  .transform((raw) => ({
    profile: (raw.profile ?? raw.perfil ?? "").trim() || null,
    fallback: raw.default ?? true,
    entries: Array.isArray(raw.privileges)
      ? raw.privileges
      : raw.privileges
        ? Object.entries(raw.privileges).map(([key, value]) => [key.trim(), value] as const)
        : (raw.items ?? []),
  }));

/** The answer as the session keeps it: `null` when the user has no profile (no restriction). */
export function toPrivileges(raw: z.output<typeof privilegesAnswerSchema>): Privileges {
  return resolvePrivileges(raw.profile, raw.entries, raw.fallback);
}

/**
 * The signed-in user's privileges. Throws the ErpError of a failed call: a 404 (`not_found`) means
 * the ERP has no privileges endpoint, which the caller reads as "no restriction".
 */
export async function getPrivileges(target: ErpTarget, deadline?: number): Promise<Privileges> {
  return toPrivileges(
    await protheusFetch(target, endpointPath(target, "privileges"), { schema: privilegesAnswerSchema, deadline }),
  );
}
