/**
 * Shape of one Protheus table template (the SX2 + SX3 + SIX of a real dictionary, reduced to what
 * the sandbox needs). Every company group gets one physical table per template: alias + group + '0'.
 */
export type TableTemplate = {
  /** X2_NOME: what the table holds. */
  description: string;
  /**
   * X2_MODO: `shared` ("C", compartilhado) tables keep the branch field blank and serve every branch
   * of the group; `exclusive` ("E") tables carry the branch code in it, so each branch sees its own rows.
   */
  sharing: "shared" | "exclusive";
  /** Column definitions (PostgreSQL), the branch field first, Protheus names. */
  columns: readonly string[];
  /** SIX-like indexes: comma-separated column lists. S_T_A_M_P_ is indexed on every table anyway. */
  indexes?: readonly string[];
  /** X2_UNICO: the unique key among live rows (D_E_L_E_T_ = ' '), as DBAccess enforces it. */
  unique?: string;
  /** Further unique rules with their own condition; the index is `<table>_<suffix>`. */
  uniqueWhere?: readonly { suffix: string; columns: string; where: string }[];
};
