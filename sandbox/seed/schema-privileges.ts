import type { TableTemplate } from "./table-template";

/**
 * The portal's menu and action privileges (sandbox/docs/privileges.md) [defined here: custom tables,
 * the customer's Protheus team creates them like PGV's TGVA004 profiles]. A profile (ZPP) lists
 * the keys it changes (lib/privileges.ts) with S/N; a key it does not list keeps what the user's
 * role allows, unless the profile's `*` row says otherwise. A user (SYS_USR id) gets one profile
 * per company group (ZPU); a user without one is not restricted.
 */
export const privilegeTables: Record<string, TableTemplate> = {
  ZPP: {
    description: "Perfis de privilégio do portal",
    sharing: "shared",
    columns: [
      "ZPP_FILIAL char(2) NOT NULL DEFAULT ''",
      "ZPP_PERFIL varchar(20) NOT NULL",
      "ZPP_DESCRI varchar(60) NOT NULL DEFAULT ''",
      // A key of lib/privileges.ts (`orders.delete`), or `*`: the profile's default for keys it does not list.
      "ZPP_CHAVE varchar(40) NOT NULL",
      "ZPP_PERMIT char(1) NOT NULL DEFAULT 'S'",
    ],
    unique: "ZPP_FILIAL, ZPP_PERFIL, ZPP_CHAVE",
  },
  ZPU: {
    description: "Usuários x perfis de privilégio",
    sharing: "shared",
    columns: [
      "ZPU_FILIAL char(2) NOT NULL DEFAULT ''",
      "ZPU_CODUSR char(6) NOT NULL",
      "ZPU_PERFIL varchar(20) NOT NULL",
    ],
    unique: "ZPU_FILIAL, ZPU_CODUSR",
  },
};
