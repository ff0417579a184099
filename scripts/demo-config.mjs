// The demo wiring shared by `npm start` and the e2e suite: the sandbox's aliases in direct mode.
export const DEMO_LOGINS = [
  ["demo", "ana", "ana123", "seller 000001, branches 01 São Paulo and 02 Fortaleza"],
  ["demo", "bruno", "bruno123", "seller 000002, branch 01"],
  ["demo", "carla", "carla123", "Protheus user with no seller (login refused)"],
  ["demo", "admin", "admin123", "administrator, sees every seller; every SESI/SENAI menu"],
  ["demo", "fabio", "fabio123", "SESI/SENAI finance team (SGE finance only, no seller)"],
  ["demo", "marcos", "marcos123", "seller 000003, profile VEND_CONSULTA: orders view-only, no prospects"],
  ["demo", "fernanda", "fernanda123", "seller 000004, branch 02, profile VEND_SEM_INDICADORES: no home indicators"],
  ["norte", "diego", "diego123", "seller 000101 of company 02"],
];

export function sandboxAliases(sandboxUrl) {
  const restUrl = `${sandboxUrl}/rest`;
  return JSON.stringify({
    demo: {
      restUrl,
      tenants: [
        { company: "01", branch: "01" },
        { company: "01", branch: "02" },
      ],
    },
    norte: { restUrl, tenants: [{ company: "02", branch: "01" }] },
  });
}

/** The sandbox's ViaCEP stand-in as the portal's CEP_LOOKUP_URL (`{cep}` = 8 digits). */
export function sandboxCepUrl(sandboxUrl) {
  return `${sandboxUrl}/ws/{cep}/json/`;
}

/** RM SGE (SESI/SENAI) of the sandbox for the demo alias: integration user and the finance team. */
export function sandboxSgeConnections(sandboxUrl) {
  return JSON.stringify({
    demo: { url: `${sandboxUrl}/rm/api`, user: "integracao", password: "integracao123", financeLogins: ["fabio"] },
  });
}
