import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";
import { cepDigits, readViaCep } from "@/server/services/cep";

// The CEP lookup's pure parts (server/services/cep.ts): what counts as a CEP, how a ViaCEP answer
// becomes the form's address, and the CEP_LOOKUP_URL template (server/env.ts).

const PAULISTA = {
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
  gia: "1004",
  ddd: "11",
  siafi: "7107",
};

describe("cepDigits", () => {
  it("takes 8 digits with or without the mask, nothing else", () => {
    expect(cepDigits("01310100")).toBe("01310100");
    expect(cepDigits(" 01310-100 ")).toBe("01310100");
    expect(cepDigits("01.310-100")).toBe("01310100");
    for (const bad of ["", "0131010", "013101000", "0131a100", "01310100x", "../etc"])
      expect(cepDigits(bad), bad).toBeUndefined();
  });
});

describe("readViaCep", () => {
  it("reshapes ViaCEP's answer into the form's field names", () => {
    expect(readViaCep("01310100", PAULISTA)).toEqual({
      ok: true,
      address: {
        zipcode: "01310100",
        address: "Avenida Paulista",
        neighborhood: "Bela Vista",
        city: "São Paulo",
        citycode: "3550308",
        uf: "SP",
        ddd: "11",
      },
    });
  });

  it("keeps a city-wide CEP (no street, no district) and an answer without DDD", () => {
    const { logradouro: _l, bairro: _b, ddd: _d, ...cityWide } = PAULISTA;
    expect(readViaCep("13480000", { ...cityWide, logradouro: "", bairro: "" })).toMatchObject({
      ok: true,
      address: { address: "", neighborhood: "", ddd: "" },
    });
    expect(readViaCep("13480000", cityWide)).toMatchObject({ ok: true, address: { address: "", ddd: "" } });
  });

  it('reads { "erro": "true" } (and the older { "erro": true }) as not found', () => {
    expect(readViaCep("99999999", { erro: "true" })).toEqual({ ok: false, reason: "not_found" });
    expect(readViaCep("99999999", { erro: true })).toEqual({ ok: false, reason: "not_found" });
  });

  it("refuses what is not ViaCEP's shape: no city, a 6-digit IBGE code, a lower-case UF", () => {
    expect(readViaCep("01310100", {})).toBeUndefined();
    expect(readViaCep("01310100", { ...PAULISTA, localidade: "" })).toBeUndefined();
    expect(readViaCep("01310100", { ...PAULISTA, ibge: "355030" })).toBeUndefined();
    expect(readViaCep("01310100", { ...PAULISTA, uf: "sp" })).toBeUndefined();
    expect(readViaCep("01310100", { erro: "false" })).toBeUndefined();
  });
});

describe("CEP_LOOKUP_URL", () => {
  const secret = "x".repeat(32);
  const parse = (value?: string) => parseEnv({ AUTH_SECRET: secret, CEP_LOOKUP_URL: value });

  it("defaults to ViaCEP, also when empty", () => {
    for (const value of [undefined, ""]) {
      const result = parse(value);
      expect(result.success && result.data.CEP_LOOKUP_URL).toBe("https://viacep.com.br/ws/{cep}/json/");
    }
  });

  it("takes any http(s) template with {cep}", () => {
    const result = parse("http://127.0.0.1:8282/ws/{cep}/json/");
    expect(result.success && result.data.CEP_LOOKUP_URL).toBe("http://127.0.0.1:8282/ws/{cep}/json/");
    expect(parse("https://cep.example.com/api?cep={cep}").success).toBe(true);
  });

  it("refuses a URL without {cep} or of another scheme, naming the variable", () => {
    for (const value of ["https://viacep.com.br/ws/json/", "ftp://viacep.com.br/ws/{cep}/json/", "viacep {cep}"]) {
      const result = parse(value);
      expect(result.success, value).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["CEP_LOOKUP_URL"]);
    }
  });
});
