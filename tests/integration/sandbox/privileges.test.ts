import { beforeEach, describe, expect, inject, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { json, passwordToken, rest } from "./protheus-client";

const admin = sandboxAdmin();

type Answer = {
  user: string;
  profile: string | null;
  description?: string;
  default?: string;
  privileges: { key: string; allowed: string }[];
};

async function privilegesOf(login: string, tenant = "01,01"): Promise<Answer> {
  const { access_token } = await passwordToken(login, `${login}123`);
  const res = await rest("/api/tgv/privileges", { token: access_token, tenant });
  expect(res.status).toBe(200);
  return json<Answer>(res);
}

const adminPut = async (path: string, body: unknown) => {
  const res = await fetch(`${admin.url}/__admin${path}`, {
    method: "PUT",
    headers: { "x-sandbox-admin-key": inject("sandboxAdminKey"), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

// sandbox/docs/privileges.md: GET api/tgv/privileges from ZPP (profiles) and ZPU (user → profile),
// and the admin API that changes them.
describe("api/tgv/privileges", () => {
  beforeEach(() => admin.reset());

  it("answers the seeded profiles of marcos and fernanda, and no profile for ana", async () => {
    expect(await privilegesOf("marcos")).toEqual({
      user: "000014",
      profile: "VEND_CONSULTA",
      description: "Vendedor: só consulta pedidos; sem prospects",
      privileges: [
        { key: "orders.add", allowed: "N" },
        { key: "orders.delete", allowed: "N" },
        { key: "orders.edit", allowed: "N" },
        { key: "orders.view", allowed: "S" },
        { key: "prospects.view", allowed: "N" },
      ],
    });
    expect(await privilegesOf("fernanda")).toMatchObject({
      user: "000015",
      profile: "VEND_SEM_INDICADORES",
      privileges: [{ key: "home.indicators", allowed: "N" }],
    });
    expect(await privilegesOf("ana")).toEqual({ user: "000010", profile: null, privileges: [] });
  });

  it("is per company group: marcos' profile is group 01's; diego in group 02 has none", async () => {
    expect((await privilegesOf("diego", "02,01")).profile).toBeNull();
  });

  it("needs a token like every PGV path", async () => {
    const res = await rest("/api/tgv/privileges", { tenant: "01,01" });
    expect(res.status).toBe(401);
  });

  it("the admin API gives and takes profiles and changes keys; rows are replaced, never removed", async () => {
    expect((await adminPut("/privileges/users/ana", { profile: "VEND_SEM_INDICADORES" })).status).toBe(200);
    expect((await privilegesOf("ana")).profile).toBe("VEND_SEM_INDICADORES");

    const changed = await adminPut("/privileges/profiles/VEND_CONSULTA", {
      privileges: { "orders.delete": null, "orders.add": "S", "*": "N" },
    });
    expect(changed.body).toEqual({
      profile: "VEND_CONSULTA",
      privileges: { "*": "N", "orders.add": "S", "orders.edit": "N", "orders.view": "S", "prospects.view": "N" },
    });
    const marcos = await privilegesOf("marcos");
    expect(marcos.default).toBe("N");
    expect(marcos.description).toBe("Vendedor: só consulta pedidos; sem prospects");
    expect(marcos.privileges.map((p) => p.key)).not.toContain("orders.delete");
    const { rows } = await admin.sql<{ deleted: string; permit: string }>(
      "SELECT D_E_L_E_T_ AS deleted, ZPP_PERMIT AS permit FROM ZPP010 WHERE ZPP_PERFIL = 'VEND_CONSULTA' AND ZPP_CHAVE IN ('orders.delete', 'orders.add') ORDER BY R_E_C_N_O_",
    );
    expect(rows).toEqual([
      { deleted: "*", permit: "N" },
      { deleted: "*", permit: "N" },
      { deleted: " ", permit: "S" },
    ]);

    expect((await adminPut("/privileges/users/marcos", { profile: null })).status).toBe(200);
    expect((await privilegesOf("marcos")).profile).toBeNull();
  });

  it("refuses unknown keys and unknown users", async () => {
    expect((await adminPut("/privileges/profiles/X", { privileges: { "orders.print": "N" } })).status).toBe(400);
    expect((await adminPut("/privileges/users/nobody", { profile: "X" })).status).toBe(404);
  });
});
