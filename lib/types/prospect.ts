import type { Cents } from "@/lib/money";
import type { Customer } from "./customer";
import type { QuotationStatus } from "./quotation";

/**
 * A prospect's status: US_STATUS of TMKA260 (sandbox/docs/registration.md "Prospects (SUS)") by
 * its meaning — 1 classificado, 2 em desenvolvimento, 3 com o gerente, 4 standby, 5 cancelado,
 * 6 convertido em cliente (US_CODCLI/US_LOJACLI then name the customer). `unknown` = a code this
 * portal does not know yet.
 */
export const prospectStatusByCode = {
  "1": "classified",
  "2": "development",
  "3": "manager",
  "4": "standby",
  "5": "cancelled",
  "6": "converted",
} as const;
export type ProspectStatus = (typeof prospectStatusByCode)[keyof typeof prospectStatusByCode] | "unknown";
export const prospectStatuses = Object.values(prospectStatusByCode);

export const toProspectStatus = (code: string): ProspectStatus =>
  prospectStatusByCode[code.trim() as keyof typeof prospectStatusByCode] ?? "unknown";

/** What "Meus prospects" filters by: still a prospect (any status but converted) or already a customer. */
export const prospectStages = ["open", "converted"] as const;
export type ProspectStage = (typeof prospectStages)[number];

/** A code + store pair (the customer a prospect became). */
export type CodeStore = { code: string; store: string };

/** SUS as the portal keeps it. `id` = US_FILIAL + US_COD + US_LOJA; `stamp` = S_T_A_M_P_ for If-Match. */
export type Prospect = {
  id: string;
  branch: string;
  code: string;
  store: string;
  name: string;
  tradeName: string;
  personType: "F" | "J" | null;
  /** US_TIPO (F final consumer, R reseller, S solidário, X export), as SA1's A1_TIPO. */
  customerType: string;
  /** CPF or CNPJ, digits (letters for an alphanumeric CNPJ); "" when not given. */
  document: string;
  stateRegistration: string;
  /** US_CONTRIB: 1 ICMS contributor, 2 not. */
  contributor: string;
  address: {
    street: string;
    complement: string;
    neighborhood: string;
    city: string;
    cityCode: string;
    uf: string;
    zip: string;
  };
  phone: { ddi: string; ddd: string; number: string };
  email: string;
  seller: string;
  status: ProspectStatus;
  /** The customer it became (US_CODCLI/US_LOJACLI); null until converted. */
  customer: CodeStore | null;
  conversionDate: string | null;
  inclusionDate: string | null;
  externalId: string;
  stamp: string;
};

export type ProspectListItem = {
  id: string;
  code: string;
  store: string;
  name: string;
  tradeName: string;
  personType: "F" | "J" | null;
  /** A CNPJ formatted whole; a natural person's CPF masked (lib/mask.ts `maskDocument`): a list never carries it in full. */
  document: string;
  city: string;
  uf: string;
  status: ProspectStatus;
  customer: CodeStore | null;
  inclusionDate: string | null;
};

export type ProspectPage = {
  items: ProspectListItem[];
  total: number;
  page: number;
  pageSize: number;
  syncedAt: string | null;
};

/** One of the prospect's quotations, from the synced ones (the last 12 months). */
export type ProspectQuotation = {
  id: string;
  number: string;
  issueDate: string | null;
  validity: string | null;
  status: QuotationStatus;
  total: Cents;
};

/** The prospect page: the prospect, its quotations, and where the prospect was read from. */
export type ProspectView = {
  prospect: Prospect;
  /** The customer it became, when converted and in the viewer's synced portfolio (the link's name). */
  customer: Customer | null;
  quotations: ProspectQuotation[];
  /** `erp`: read online now; `store`: the synced copy (the ERP did not answer). */
  source: "erp" | "store";
  syncedAt: string | null;
};
