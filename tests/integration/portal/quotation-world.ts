import { admin } from "./order-world";

// The sandbox's seeded quotations (sandbox/docs/quotations.md, branch 01): their numbers follow the
// seeded issue dates, which follow the business date, so the tests read them from the ERP rather than
// assuming the suite's 000002…000007 (`npm run test:dates` runs the suite under other dates).

const BRANCH = "01";

/** The keyed showcases: ana's open (converts to a released order) and expired, bruno's open, ana's deleted. */
const KEYS = {
  anaOpen: "pgv-orc-ana-aberto",
  anaExpired: "pgv-orc-ana-vencido",
  brunoOpen: "pgv-orc-bruno-aberto",
  anaDeleted: "pgv-orc-ana-excluido",
} as const;

export type SeededQuotations = Record<keyof typeof KEYS, string> & {
  /** ana's seeded converted quotation (CJ_STATUS B, keyed in the ERP) and the order it became (CK_NUMPV). */
  anaConverted: { number: string; order: string };
};

/** The quotation's id in the store and in the ERP's notices: branch + number. */
export const id = (number: string) => `${BRANCH}${number}`;

/**
 * The seeded quotations' numbers as the sandbox holds them now. Read it right after the world is
 * reset (before a test converts or deletes one): the live ones must be live, the deleted one deleted.
 */
export async function seededQuotations(): Promise<SeededQuotations> {
  const { rows } = await admin.sql<{ number: string; key: string; deleted: string }>(
    `SELECT CJ_NUM AS number, trim(CJ_XEXTID) AS key, D_E_L_E_T_ AS deleted FROM SCJ010
      WHERE CJ_FILIAL = $1 AND CJ_XEXTID IN ($2, $3, $4, $5)`,
    [BRANCH, ...Object.values(KEYS)],
  );
  const numberOf = (key: string, deleted: boolean) => {
    const found = rows.filter((r) => r.key === key && (r.deleted === "*") === deleted);
    if (found.length !== 1) throw new Error(`seeded quotation ${key}: ${found.length} rows`);
    return found[0]!.number;
  };
  const { rows: converted } = await admin.sql<{ number: string; order: string }>(
    `SELECT j.CJ_NUM AS number, MAX(trim(k.CK_NUMPV)) AS "order" FROM SCJ010 j
       JOIN SCK010 k ON k.CK_FILIAL = j.CJ_FILIAL AND k.CK_NUM = j.CJ_NUM AND k.D_E_L_E_T_ = ' '
      WHERE j.CJ_FILIAL = $1 AND j.CJ_XVEND = '000001' AND j.CJ_STATUS = 'B' AND trim(j.CJ_XEXTID) = ''
        AND j.D_E_L_E_T_ = ' '
      GROUP BY j.CJ_NUM`,
    [BRANCH],
  );
  if (converted.length !== 1 || !converted[0]!.order)
    throw new Error(`seeded converted quotation: ${JSON.stringify(converted)}`);
  return {
    anaOpen: numberOf(KEYS.anaOpen, false),
    anaExpired: numberOf(KEYS.anaExpired, false),
    brunoOpen: numberOf(KEYS.brunoOpen, false),
    anaDeleted: numberOf(KEYS.anaDeleted, true),
    anaConverted: converted[0]!,
  };
}
