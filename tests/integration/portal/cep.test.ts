import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as cepRoute } from "@/app/api/cep/[cep]/route";
import { login } from "@/server/auth/login";
import { lookupCep } from "@/server/services/cep";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";
import { jar } from "./session-jar";

vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

// The registration forms' CEP lookup: `/api/cep/{cep}` → server/services/cep.ts → CEP_LOOKUP_URL,
// here the ERP sandbox's ViaCEP stand-in (tests/setup/integration-env.ts). Its faults stand in for
// a provider that is down or hangs: the answer is then a 503 with words, never a stack.

const admin = sandboxAdmin();

const call = async (cep: string) => {
  const res = await cepRoute(new Request(`http://portal.test/api/cep/${cep}`), {
    params: Promise.resolve({ cep }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("GET /api/cep/{cep}", () => {
  beforeAll(async () => {
    await resetWorld();
    const signedIn = await login({ alias: "demo", username: "ana", password: "ana123" }, "10.41.0.8");
    if (!signedIn.ok) throw new Error(signedIn.failure);
    // The route reads the session from its cookie, as the browser sends it.
    jar.set(
      "next-auth.session-token",
      await encode({ token: { sid: signedIn.sessionId }, secret: process.env.AUTH_SECRET! }),
    );
  }, 60_000);
  afterEach(() => admin.faults([]));

  it("answers the address of a known CEP in the form's field names, masked or not", async () => {
    const paulista = {
      zipcode: "01310100",
      address: "Avenida Paulista",
      neighborhood: "Bela Vista",
      city: "São Paulo",
      citycode: "3550308",
      uf: "SP",
      ddd: "11",
    };
    expect(await call("01310100")).toEqual({ status: 200, body: paulista });
    expect(await call("01310-100")).toEqual({ status: 200, body: paulista });
    // Any CEP of a seeded city: what the provider says, reshaped.
    const via = (await (await fetch(`${admin.url}/ws/80010130/json/`)).json()) as Record<string, string>;
    expect(await call("80010130")).toEqual({
      status: 200,
      body: {
        zipcode: "80010130",
        address: via.logradouro,
        neighborhood: via.bairro,
        city: "Curitiba",
        citycode: "4106902",
        uf: "PR",
        ddd: "41",
      },
    });
  });

  it("answers 404 with words for a CEP the provider does not know", async () => {
    expect(await call("99999999")).toEqual({
      status: 404,
      body: { error: "not_found", message: "CEP não encontrado: preencha o endereço." },
    });
  });

  it("answers 400 to what is not a CEP, without asking the provider", async () => {
    await admin.clearRequests();
    for (const cep of ["0131010", "013101000", "0131a100", "01310100x"])
      expect(await call(cep), cep).toEqual({
        status: 400,
        body: { error: "invalid", message: "CEP inválido: informe os 8 dígitos." },
      });
    expect((await admin.requests()).items.filter((r) => r.path.startsWith("/ws/"))).toEqual([]);
  });

  it("answers 503 with words when the provider is down or answers garbage, never its error", async () => {
    const unavailable = {
      status: 503,
      body: { error: "unavailable", message: "Busca de CEP indisponível agora: preencha o endereço." },
    };
    await admin.faults([{ service: "cep", kind: "status", status: 503 }]);
    expect(await call("01310100")).toEqual(unavailable);
    await admin.faults([{ service: "cep", kind: "malformed" }]);
    expect(await call("01310100")).toEqual(unavailable);
    await admin.faults([{ service: "cep", kind: "html", status: 502 }]);
    expect(await call("01310100")).toEqual(unavailable);
    await admin.faults([]);
    expect((await call("01310100")).status).toBe(200);
  });

  it("gives up on a provider that hangs: unavailable once the attempt's time is over", async () => {
    await admin.faults([{ service: "cep", kind: "hang" }]);
    expect(await lookupCep("01310100", { timeoutMs: 300 })).toEqual({ ok: false, reason: "unavailable" });
  });

  it("answers 401 without a session", async () => {
    const session = new Map(jar);
    jar.clear();
    try {
      expect((await call("01310100")).status).toBe(401);
    } finally {
      for (const [name, value] of session) jar.set(name, value);
    }
  });
});
