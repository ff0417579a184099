import "server-only";
import { z } from "zod";
import { addressLine } from "@/lib/address";
import { protheusFetch, type ErpTarget } from "./transport";

// Field-name variants seen across releases are accepted and reshaped here (ERP-CONTRACT.md §4).
const rawCompanySchema = z.looseObject({
  code: z.string().optional(),
  Code: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  Description: z.string().optional(),
});
const rawBranchSchema = z.looseObject({
  companyCode: z.string().optional(),
  EnterpriseGroup: z.string().optional(),
  code: z.string().optional(),
  Code: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  Description: z.string().optional(),
  // The issuer data of the order sheet; absent on releases that list only codes and names.
  legalName: z.string().optional(),
  cnpj: z.string().optional(),
  Cgc: z.string().optional(),
  address: z.string().optional(),
  neighborhood: z.string().optional(),
  city: z.string().optional(),
  uf: z.string().optional(),
  zipCode: z.string().optional(),
});
const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item).default([]), hasNext: z.boolean().optional() });

export type Company = { code: string; name: string };
/** A branch's legal identity as the order sheet prints it; empty strings where the ERP has none. */
export type BranchIssuer = { legalName: string; document: string; address: string };
export type Branch = { companyCode: string; code: string; name: string; issuer: BranchIssuer };

export function toCompany(raw: z.infer<typeof rawCompanySchema>): Company {
  const code = raw.code ?? raw.Code ?? "";
  return { code, name: (raw.name ?? raw.description ?? raw.Description ?? code).trim() };
}

export function toBranch(raw: z.infer<typeof rawBranchSchema>, fallbackCompany: string): Branch {
  const code = raw.code ?? raw.Code ?? "";
  return {
    companyCode: raw.companyCode ?? raw.EnterpriseGroup ?? fallbackCompany,
    code,
    name: (raw.name ?? raw.description ?? raw.Description ?? code).trim(),
    issuer: {
      legalName: (raw.legalName ?? "").trim(),
      document: (raw.cnpj ?? raw.Cgc ?? "").trim(),
      address: addressLine({
        street: raw.address,
        neighborhood: raw.neighborhood,
        city: raw.city,
        uf: raw.uf,
        zip: raw.zipCode,
      }),
    },
  };
}

export async function listCompanies(target: ErpTarget, deadline?: number) {
  const raw = await protheusFetch(target, "api/framework/environment/v1/companies", {
    schema: listOf(rawCompanySchema),
    deadline,
  });
  return raw.items.map(toCompany).filter((c) => c.code);
}

export async function listBranches(target: ErpTarget, companyCode: string, deadline?: number) {
  const raw = await protheusFetch(target, "api/framework/environment/v1/branches", {
    query: { companyCode },
    schema: listOf(rawBranchSchema),
    deadline,
  });
  return raw.items.map((b) => toBranch(b, companyCode)).filter((b) => b.code && b.companyCode === companyCode);
}
