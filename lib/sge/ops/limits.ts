/**
 * The SGE back-office forms' limits and choices, apart from their zod schemas (`./schemas`) so a
 * client component can show them without loading zod with the page.
 */

/** Up to R$ 10 bi. */
export const MAX_CENTS = 1_000_000_000_000;
export const MAX_AGREEMENT_INSTALMENTS = 60;

export const contractSearchKinds = ["xnumpro", "ra", "cpfcnpj"] as const;
export type ContractSearchKind = (typeof contractSearchKinds)[number];
