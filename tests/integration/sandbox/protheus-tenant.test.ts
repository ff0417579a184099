import { beforeEach, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { json, passwordToken, rest, type Envelope } from "./protheus-client";

const admin = sandboxAdmin();

type CodeUser = {
  hasNext: boolean;
  items: { branchid: string; code: string; name: string; userid: string; isseller: boolean; email: string }[];
  isadmin: boolean;
};

async function codeuser(login: string, tenant: string): Promise<CodeUser> {
  const { access_token } = await passwordToken(login, `${login}123`);
  const res = await rest("/api/tgv/sellers/codeuser", { token: access_token, tenant });
  expect(res.status).toBe(200);
  return json<CodeUser>(res);
}

describe("sellers/codeuser", () => {
  beforeEach(() => admin.reset());

  it("ana is seller 000001 in both branches of company 01", async () => {
    const body = await codeuser("ana", "01,01");
    expect(body.isadmin).toBe(false);
    expect(body.items).toEqual([
      {
        branchid: "01",
        code: "000001",
        name: "Ana Paula Ribeiro",
        userid: "000010",
        isseller: true,
        email: "ana.ribeiro@pgvdemo.com.br",
      },
      {
        branchid: "02",
        code: "000001",
        name: "Ana Paula Ribeiro",
        userid: "000010",
        isseller: true,
        email: "ana.ribeiro@pgvdemo.com.br",
      },
    ]);
  });

  it("bruno is seller 000002 in branch 01 only", async () => {
    const body = await codeuser("bruno", "01,01");
    expect(body.items.map((i) => [i.branchid, i.code])).toEqual([["01", "000002"]]);
  });

  it("carla has no seller (her deleted SA3 row does not count) and is no admin", async () => {
    expect(await codeuser("carla", "01,02")).toEqual({ hasNext: false, items: [], isadmin: false });
  });

  it("admin has no seller but is flagged isadmin", async () => {
    expect(await codeuser("admin", "01,01")).toEqual({ hasNext: false, items: [], isadmin: true });
  });

  it("diego is seller 000101 in company 02 (table SA3020)", async () => {
    const body = await codeuser("diego", "02,01");
    expect(body.items).toMatchObject([
      { branchid: "01", code: "000101", name: "Diego Santos Farias", userid: "000020" },
    ]);
  });
});

describe("tenantId validation", () => {
  beforeEach(() => admin.reset());

  // Risk: a rep of one company reading another company's data by changing the header.
  it("refuses a company the user is not allowed in with a 403 envelope", async () => {
    const { access_token } = await passwordToken("ana", "ana123");
    const res = await rest("/api/tgv/sellers/codeuser", { token: access_token, tenant: "02,01" });
    expect(res.status).toBe(403);
    expect(await json<Envelope>(res)).toMatchObject({
      code: 403,
      message: "Usuário sem acesso à empresa/filial 02,01.",
    });
  });

  it("refuses a branch of an allowed company the user may not use, and unknown branches", async () => {
    const { access_token } = await passwordToken("bruno", "bruno123");
    expect((await rest("/api/tgv/sellers/codeuser", { token: access_token, tenant: "01,02" })).status).toBe(403);
    const unknown = await rest("/api/tgv/sellers/codeuser", { token: access_token, tenant: "99,01" });
    expect(unknown.status).toBe(403);
    expect((await json<Envelope>(unknown)).message).toBe("Empresa/filial 99,01 não encontrada.");
  });

  it("requires the header on PGV routes (400) and accepts any letter case and a space after the comma", async () => {
    const { access_token } = await passwordToken("ana", "ana123");
    expect((await rest("/api/tgv/sellers/codeuser", { token: access_token })).status).toBe(400);
    expect(
      (await rest("/api/tgv/sellers/codeuser", { token: access_token, headers: { tenantid: "0101" } })).status,
    ).toBe(400);
    const variants: Record<string, string>[] = [{ TenantId: "01,02" }, { tenantid: "01,02" }, { TENANTID: "01, 02" }];
    for (const headers of variants) {
      expect((await rest("/api/tgv/sellers/codeuser", { token: access_token, headers })).status).toBe(200);
    }
  });

  it("refuses companies outside the environment's PrepareIn, even for the administrator", async () => {
    await admin.config({ prepareIn: ["02"] });
    const { access_token } = await passwordToken("admin", "admin123");
    const res = await rest("/api/tgv/sellers/codeuser", { token: access_token, tenant: "01,01" });
    expect(res.status).toBe(403);
    expect((await json<Envelope>(res)).message).toBe("Empresa 01 não está disponível neste ambiente.");
    expect((await rest("/api/tgv/sellers/codeuser", { token: access_token, tenant: "02,01" })).status).toBe(200);
  });
});

describe("version and company/branch lists", () => {
  beforeEach(() => admin.reset());

  it("reports the PGV package version from the switch, with or without a tenant", async () => {
    const { access_token } = await passwordToken("ana", "ana123");
    const first = await rest("/api/tgv/version", { token: access_token, tenant: "01,01" });
    expect(await first.json()).toEqual({ release: "12.1.2410", packageVersion: "2026.11.1", buildDate: "2026-11-01" });
    await admin.config({ packageVersion: "2025.3.4" });
    const second = await rest("/api/tgv/version", { token: access_token });
    expect(await second.json()).toMatchObject({ packageVersion: "2025.3.4", buildDate: "2025-03-01" });
    expect((await rest("/api/tgv/version", { token: access_token, tenant: "02,01" })).status).toBe(403);
  });

  it("lists only the companies and branches the user may access", async () => {
    const companies = async (login: string) => {
      const { access_token } = await passwordToken(login, `${login}123`);
      return (
        await json<{ items: { code: string }[] }>(
          await rest("/api/framework/environment/v1/companies", { token: access_token }),
        )
      ).items;
    };
    expect(await companies("ana")).toEqual([{ code: "01", name: "PGV Demo Comércio Ltda", cnpj: "12345678000195" }]);
    expect((await companies("diego")).map((c) => c.code)).toEqual(["02"]);
    expect((await companies("admin")).map((c) => c.code)).toEqual(["01", "02"]);

    const bruno = await passwordToken("bruno", "bruno123");
    const branches = await rest("/api/framework/environment/v1/branches?companyCode=01", { token: bruno.access_token });
    expect(await branches.json()).toEqual({
      hasNext: false,
      items: [
        {
          companyCode: "01",
          code: "01",
          name: "São Paulo",
          legalName: "PGV Demo Comércio Ltda - Matriz",
          cnpj: "12345678000195",
          address: "Av. Paulista, 1000",
          neighborhood: "Bela Vista",
          city: "São Paulo",
          uf: "SP",
          zipCode: "01310100",
        },
      ],
    });
    const ana = await passwordToken("ana", "ana123");
    const byTenant = await rest("/api/framework/environment/v1/branches", { token: ana.access_token, tenant: "01,01" });
    expect((await json<{ items: { code: string }[] }>(byTenant)).items.map((b) => b.code)).toEqual(["01", "02"]);
    const other = await rest("/api/framework/environment/v1/branches?companyCode=02", { token: ana.access_token });
    expect((await json<{ items: unknown[] }>(other)).items).toEqual([]);
  });
});
