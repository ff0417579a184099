/**
 * Fixed demo data (documented in sandbox/README.md): companies, users, sellers and Mingle. Fixed
 * ids, codes and passwords: tests, the portal README and the e2e suite rely on them, so change
 * them only together.
 */

export const companyGroups = ["01", "02"] as const;

export const branches = [
  // group, branch, group name, branch name, legal name, CNPJ (valid check digits), city, UF,
  // street, district, CEP (SM0's M0_ENDENT, M0_BAIRENT, M0_CEPENT)
  [
    "01",
    "01",
    "PGV Demo Comércio Ltda",
    "São Paulo",
    "PGV Demo Comércio Ltda - Matriz",
    "12345678000195",
    "São Paulo",
    "SP",
    "Av. Paulista, 1000",
    "Bela Vista",
    "01310100",
  ],
  [
    "01",
    "02",
    "PGV Demo Comércio Ltda",
    "Fortaleza",
    "PGV Demo Comércio Ltda - Filial Fortaleza",
    "12345678000276",
    "Fortaleza",
    "CE",
    "Av. Santos Dumont, 2500",
    "Aldeota",
    "60150161",
  ],
  [
    "02",
    "01",
    "Norte Distribuidora Ltda",
    "Belém",
    "Norte Distribuidora Ltda - Matriz",
    "98765432000198",
    "Belém",
    "PA",
    "Av. Presidente Vargas, 800",
    "Campina",
    "66017000",
  ],
] as const;

type DemoUser = {
  id: string;
  login: string;
  password: string;
  name: string;
  email: string;
  admin: boolean;
  access: string[];
};

export const demoUsers: readonly DemoUser[] = [
  {
    id: "000000",
    login: "admin",
    password: "admin123",
    name: "Administrador",
    email: "admin@pgvdemo.com.br",
    admin: true,
    access: [],
  },
  {
    id: "000010",
    login: "ana",
    password: "ana123",
    name: "Ana Paula Ribeiro",
    email: "ana.ribeiro@pgvdemo.com.br",
    admin: false,
    access: ["01/01", "01/02"],
  },
  {
    id: "000011",
    login: "bruno",
    password: "bruno123",
    name: "Bruno Henrique Costa",
    email: "bruno.costa@pgvdemo.com.br",
    admin: false,
    access: ["01/01"],
  },
  {
    id: "000012",
    login: "carla",
    password: "carla123",
    name: "Carla Menezes Duarte",
    email: "carla.duarte@pgvdemo.com.br",
    admin: false,
    access: ["01/01", "01/02"],
  },
  // The SESI/SENAI finance team's user: no seller; the portal's SGE connection gives the finance role.
  {
    id: "000013",
    login: "fabio",
    password: "fabio123",
    name: "Fábio Nogueira Lima",
    email: "fabio.lima@pgvdemo.com.br",
    admin: false,
    access: ["01/01", "01/02"],
  },
  // Sellers with a privilege profile (seed/privileges.ts, sandbox/docs/privileges.md): marcos may view
  // orders but not add, change or delete them, and has no prospects menu; fernanda has no home indicators.
  {
    id: "000014",
    login: "marcos",
    password: "marcos123",
    name: "Marcos Vinícius Lima",
    email: "marcos.lima@pgvdemo.com.br",
    admin: false,
    access: ["01/01"],
  },
  {
    id: "000015",
    login: "fernanda",
    password: "fernanda123",
    name: "Fernanda Alves Rocha",
    email: "fernanda.rocha@pgvdemo.com.br",
    admin: false,
    access: ["01/01", "01/02"],
  },
  {
    id: "000020",
    login: "diego",
    password: "diego123",
    name: "Diego Santos Farias",
    email: "diego.farias@nortedistribuidora.com.br",
    admin: false,
    access: ["02/01"],
  },
];

type DemoSeller = {
  group: string;
  branch: string;
  code: string;
  name: string;
  short: string;
  email: string;
  phone: string;
  userId: string;
  deleted?: boolean;
};

export const demoSellers: readonly DemoSeller[] = [
  {
    group: "01",
    branch: "01",
    code: "000001",
    name: "Ana Paula Ribeiro",
    short: "Ana Paula",
    email: "ana.ribeiro@pgvdemo.com.br",
    phone: "11|98765-4321",
    userId: "000010",
  },
  {
    group: "01",
    branch: "02",
    code: "000001",
    name: "Ana Paula Ribeiro",
    short: "Ana Paula",
    email: "ana.ribeiro@pgvdemo.com.br",
    phone: "11|98765-4321",
    userId: "000010",
  },
  {
    group: "01",
    branch: "01",
    code: "000002",
    name: "Bruno Henrique Costa",
    short: "Bruno",
    email: "bruno.costa@pgvdemo.com.br",
    phone: "11|97654-3210",
    userId: "000011",
  },
  // Smaller sellers, each with a restricted portal user (privilege profiles, seed/privileges.ts).
  {
    group: "01",
    branch: "01",
    code: "000003",
    name: "Marcos Vinícius Lima",
    short: "Marcos",
    email: "marcos.lima@pgvdemo.com.br",
    phone: "11|96543-2109",
    userId: "000014",
  },
  {
    group: "01",
    branch: "02",
    code: "000004",
    name: "Fernanda Alves Rocha",
    short: "Fernanda",
    email: "fernanda.rocha@pgvdemo.com.br",
    phone: "85|99876-5432",
    userId: "000015",
  },
  // A deleted link to carla: proves the sandbox honours D_E_L_E_T_ (carla stays without a seller).
  {
    group: "01",
    branch: "02",
    code: "000009",
    name: "Carla Menezes Duarte",
    short: "Carla",
    email: "carla.duarte@pgvdemo.com.br",
    phone: "85|98888-1111",
    userId: "000012",
    deleted: true,
  },
  {
    group: "02",
    branch: "01",
    code: "000101",
    name: "Diego Santos Farias",
    short: "Diego",
    email: "diego.farias@nortedistribuidora.com.br",
    phone: "91|98111-2233",
    userId: "000020",
  },
  {
    group: "02",
    branch: "01",
    code: "000102",
    name: "Raimunda Nonato Sousa",
    short: "Raimunda",
    email: "raimunda.sousa@nortedistribuidora.com.br",
    phone: "91|98222-3344",
    userId: "",
  },
];

/** Mingle ids look like MongoDB ObjectIds (24 hex digits), as in a real Mingle. */
export const mingleClients = [
  { id: "5f1a0c2e9b1d4a00c1000001", name: "PGV Demo Comércio Ltda" },
  { id: "5f1a0c2e9b1d4a00c1000002", name: "Norte Distribuidora Ltda" },
] as const;

export const mingleSets = [
  {
    id: "5f1a0c2e9b1d4a00a1000001",
    alias: "demo",
    clientId: "5f1a0c2e9b1d4a00c1000001",
    params: [
      { key: "EMPRESA", value: "01" },
      { key: "FILIAL", value: "01" },
    ],
  },
  {
    id: "5f1a0c2e9b1d4a00a1000002",
    alias: "norte",
    clientId: "5f1a0c2e9b1d4a00c1000002",
    params: [
      { key: "EMPRESA", value: "02" },
      { key: "FILIAL", value: "01" },
    ],
  },
  // A set registered without company/branch: Mingle accepts the login, the portal must refuse it.
  { id: "5f1a0c2e9b1d4a00a1000003", alias: "vazio", clientId: "5f1a0c2e9b1d4a00c1000001", params: [] },
] as const;
