import type { Feature } from "./capabilities";
import type { Privileges } from "./privileges";

/** The part of the session the browser may see: no ids, tokens or ERP URLs. */
export type ViewerSummary = {
  userName: string;
  login: string;
  sellerCode: string | null;
  isAdmin: boolean;
  /** Customers, orders and indicators (a seller or an administrator). */
  canSell: boolean;
  /** SESI/SENAI (RM SGE) menus; null where the alias has no SGE connection. */
  sge: { enrol: boolean; finance: boolean; admin: boolean } | null;
  /** The ERP profile's denied menus and actions (lib/privileges.ts); null: no restriction. */
  privileges: Privileges;
  /** Features this ERP does not offer (lib/capabilities.ts): their menus are hidden. */
  unavailable?: Feature[];
  alias: string;
  mode: "direct" | "mingle";
  company: string;
  companyName: string;
  branch: string;
  branchName: string;
  branches: { code: string; name: string }[];
};
