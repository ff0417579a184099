import type { RuntimeSwitches } from "../config";
import type { Database } from "../db";
import type { ProtheusUser } from "./users";

/** One company group + branch row of SYS_COMPANY, in API names. */
export type Branch = {
  companyCode: string;
  companyName: string;
  code: string;
  name: string;
  city: string;
  uf: string;
  cnpj: string;
  legalName: string;
  street: string;
  district: string;
  zipCode: string;
};

type BranchRow = {
  company: string;
  company_name: string;
  code: string;
  name: string;
  city: string;
  uf: string;
  cnpj: string;
  legal_name: string;
  street: string;
  district: string;
  zip: string;
};

function toBranch(r: BranchRow): Branch {
  return {
    companyCode: r.company,
    companyName: r.company_name,
    code: r.code,
    name: r.name,
    city: r.city,
    uf: r.uf,
    cnpj: r.cnpj,
    legalName: r.legal_name,
    street: r.street,
    district: r.district,
    zipCode: r.zip.trim(),
  };
}

export function preparedIn(switches: RuntimeSwitches, company: string): boolean {
  return switches.prepareIn === "All" || switches.prepareIn.includes(company);
}

export async function findBranch(db: Database, company: string, branch: string): Promise<Branch | undefined> {
  const { rows } = await db.query<BranchRow>(
    `SELECT M0_CODIGO AS company, M0_NOME AS company_name, M0_CODFIL AS code, M0_FILIAL AS name,
            M0_CIDENT AS city, M0_ESTENT AS uf, M0_CGC AS cnpj,
            M0_NOMECOM AS legal_name, M0_ENDENT AS street, M0_BAIRENT AS district, M0_CEPENT AS zip
       FROM SYS_COMPANY WHERE M0_CODIGO = $1 AND M0_CODFIL = $2 AND D_E_L_E_T_ = ' '`,
    [company, branch],
  );
  return rows[0] ? toBranch(rows[0]) : undefined;
}

/**
 * Every branch the user may work in, restricted to the companies the REST environment prepares
 * (PrepareIn): a company the Appserver does not open is invisible to REST clients.
 */
export async function accessibleBranches(
  db: Database,
  user: ProtheusUser,
  switches: RuntimeSwitches,
): Promise<Branch[]> {
  const { rows } = await db.query<BranchRow>(
    `SELECT c.M0_CODIGO AS company, c.M0_NOME AS company_name, c.M0_CODFIL AS code, c.M0_FILIAL AS name,
            c.M0_CIDENT AS city, c.M0_ESTENT AS uf, c.M0_CGC AS cnpj,
            c.M0_NOMECOM AS legal_name, c.M0_ENDENT AS street, c.M0_BAIRENT AS district, c.M0_CEPENT AS zip
       FROM SYS_COMPANY c
      WHERE c.D_E_L_E_T_ = ' '
        AND ($2 OR EXISTS (SELECT 1 FROM SYS_USR_FILIAL f
                            WHERE f.USR_ID = $1 AND f.USR_GRPEMP = c.M0_CODIGO
                              AND f.USR_FILIAL = c.M0_CODFIL AND f.D_E_L_E_T_ = ' '))
      ORDER BY c.M0_CODIGO, c.M0_CODFIL`,
    [user.id, user.isAdmin],
  );
  return rows.map(toBranch).filter((b) => preparedIn(switches, b.companyCode));
}

/** Company groups the user may work in; a group's CNPJ is its head office's (lowest branch). */
export function companiesOf(branches: readonly Branch[]): { code: string; name: string; cnpj: string }[] {
  const byCode = new Map<string, { code: string; name: string; cnpj: string }>();
  for (const b of branches) {
    if (!byCode.has(b.companyCode))
      byCode.set(b.companyCode, { code: b.companyCode, name: b.companyName, cnpj: b.cnpj });
  }
  return [...byCode.values()];
}

export async function companyGroups(db: Database): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    "SELECT DISTINCT M0_CODIGO AS code FROM SYS_COMPANY WHERE D_E_L_E_T_ = ' ' ORDER BY 1",
  );
  return rows.map((r) => r.code);
}
