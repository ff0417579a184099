/** The part of the session the browser may see: no ids, tokens or ERP URLs. */
export type ViewerSummary = {
  userName: string;
  login: string;
  sellerCode: string | null;
  isAdmin: boolean;
  alias: string;
  mode: "direct" | "mingle";
  company: string;
  companyName: string;
  branch: string;
  branchName: string;
  branches: { code: string; name: string }[];
};
