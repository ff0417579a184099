import { beforeEach, describe, expect, it } from "vitest";
import { cities } from "@/sandbox/seed/cities";
import { sandboxAdmin } from "../sandbox-admin";

// The sandbox's ViaCEP stand-in (sandbox/docs/registration.md "CEP lookup"): what the portal's
// CEP_LOOKUP_URL points at in the demo and the tests. No credentials, ViaCEP's shapes.

const admin = sandboxAdmin();
const lookup = (cep: string, init?: RequestInit) => fetch(`${admin.url}/ws/${cep}/json/`, init);

type ViaCep = Record<string, string>;

beforeEach(() => admin.reset());

describe("GET /ws/{cep}/json/", () => {
  it("answers a known CEP in ViaCEP's shape, without credentials", async () => {
    const res = await lookup("01310100");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual({
      cep: "01310-100",
      logradouro: "Avenida Paulista",
      complemento: "de 612 a 1510 - lado par",
      unidade: "",
      bairro: "Bela Vista",
      localidade: "São Paulo",
      uf: "SP",
      estado: "São Paulo",
      regiao: "Sudeste",
      ibge: "3550308",
      gia: "",
      ddd: "11",
      siafi: "",
    });
  });

  it("answers every seeded city's CEP range with that city, and the same address for the same CEP", async () => {
    for (const city of cities) {
      const cep = `${String(city.cep[1]).padStart(5, "0")}123`;
      const body = (await (await lookup(cep)).json()) as ViaCep;
      expect(body, city.name).toMatchObject({ localidade: city.name, uf: city.uf, ibge: city.ibge, ddd: city.ddd });
      expect(body.logradouro).not.toBe("");
      expect(body.bairro).not.toBe("");
    }
    const curitiba = (await (await lookup("80010130")).json()) as ViaCep;
    expect(curitiba).toMatchObject({ cep: "80010-130", localidade: "Curitiba", uf: "PR", estado: "Paraná" });
    expect(await (await lookup("80010130")).json()).toEqual(curitiba);
    // The neighbourhood follows the CEP's first five digits, as a real CEP sector does.
    expect(((await (await lookup("80010990")).json()) as ViaCep).bairro).toBe(curitiba.bairro);
    // Without the trailing slash too, as ViaCEP.
    expect((await fetch(`${admin.url}/ws/80010130/json`)).status).toBe(200);
  });

  it('answers a CEP outside every seeded range with ViaCEP\'s 200 { "erro": "true" }', async () => {
    for (const cep of ["99999999", "00000000", "08400000"]) {
      const res = await lookup(cep);
      expect(res.status, cep).toBe(200);
      expect(await res.json(), cep).toEqual({ erro: "true" });
    }
  });

  it("answers 400 to a CEP that is not 8 digits", async () => {
    for (const cep of ["0131010", "013101000", "0131010a", "01310-100"])
      expect((await lookup(cep)).status, cep).toBe(400);
  });
});

describe("the cep fault switch", () => {
  it("makes the lookup answer 503 until it is cleared, and leaves /rest alone", async () => {
    await admin.faults([{ service: "cep", kind: "status", status: 503 }]);
    expect((await lookup("01310100")).status).toBe(503);
    const token = await fetch(`${admin.url}/rest/api/oauth2/v1/token?grant_type=password`, {
      method: "POST",
      headers: { username: "ana", password: "ana123" },
    });
    expect(token.status).toBe(201);
    await admin.faults([]);
    expect((await lookup("01310100")).status).toBe(200);
  });

  it("makes it hang: the caller gives up, the next lookup answers once the fault is used", async () => {
    await admin.faults([{ service: "cep", kind: "hang", times: 1 }]);
    await expect(lookup("01310100", { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect((await lookup("01310100")).status).toBe(200);
  });

  it("refuses a fault naming both a service and a path, or neither", async () => {
    await expect(admin.faults([{ service: "cep", pathPrefix: "/ws/", kind: "hang" }])).rejects.toThrow(/400/);
    await expect(admin.faults([{ kind: "hang" }])).rejects.toThrow(/400/);
    await expect(admin.faults([{ service: "viacep", kind: "hang" }])).rejects.toThrow(/400/);
  });
});
