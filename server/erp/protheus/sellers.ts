import "server-only";
import { z } from "zod";
import { protheusFetch, type ErpTarget } from "./transport";

const flag = z
  .union([z.boolean(), z.string(), z.number()])
  .transform((v) => v === true || v === 1 || v === "1" || v === "true" || v === "S");

const rawSellerSchema = z.looseObject({
  branchid: z.string().optional(),
  branch: z.string().optional(),
  code: z.string(),
  name: z.string().default(""),
  userid: z.string().optional(),
  isseller: flag.optional(),
});

const codeUserSchema = z.object({
  items: z.array(rawSellerSchema).default([]),
  isadmin: flag.optional(),
});

type SellerLink = { branch: string; code: string; name: string };
type UserSellers = { sellers: SellerLink[]; isAdmin: boolean };

export function toUserSellers(raw: z.infer<typeof codeUserSchema>): UserSellers {
  return {
    sellers: raw.items
      .filter((i) => i.isseller !== false && i.code.trim())
      .map((i) => ({ branch: i.branchid ?? i.branch ?? "", code: i.code, name: i.name.trim() })),
    isAdmin: raw.isadmin ?? false,
  };
}

/** The sellers (SA3) linked to the signed-in user, one per branch of the tenant's company group. */
export async function getUserSellers(target: ErpTarget, deadline?: number) {
  return toUserSellers(await protheusFetch(target, "api/tgv/sellers/codeuser", { schema: codeUserSchema, deadline }));
}
