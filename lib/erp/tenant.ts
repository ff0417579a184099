export type Tenant = { company: string; branch: string };

/**
 * The Protheus `tenantId` header: `company,branch`, no space after the comma. Codes are
 * fixed-width and may carry trailing spaces ("D MG 01 "): the padding is part of the key and is
 * kept; only display trims (ERP-CONTRACT.md §1).
 */
export function tenantHeader(tenant: Tenant): string {
  if (!tenant.company.trim() || !tenant.branch.trim()) throw new Error("tenant needs a company and a branch");
  if (tenant.company.includes(",") || tenant.branch.includes(","))
    throw new Error("tenant codes cannot contain commas");
  return `${tenant.company},${tenant.branch}`;
}

export function parseTenantHeader(value: string): Tenant | null {
  const comma = value.indexOf(",");
  if (comma <= 0 || comma === value.length - 1) return null;
  return { company: value.slice(0, comma), branch: value.slice(comma + 1) };
}

export function displayCode(code: string) {
  return code.trim();
}
