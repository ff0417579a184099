import { Hono } from "hono";
import { displayCep } from "../lib/br-registration";
import type { AppEnv } from "./context";
import { cities, ufNames, type City } from "./seed/cities";
import { hashSeed } from "./seed/random";

/**
 * A ViaCEP stand-in [defined here, docs/registration.md "CEP lookup"]: `GET /ws/{cep}/json/`, no
 * auth, ViaCEP's answer shape, so the portal's CEP lookup (CEP_LOOKUP_URL) never leaves the machine
 * in the demo and the tests. A CEP inside the 5-digit range of a seeded city (seed/cities.ts)
 * answers that city (IBGE code, UF, DDD) with a street and a neighbourhood derived from the CEP
 * itself — the same CEP always gives the same address; the neighbourhood follows the first five
 * digits, as a real CEP sector does. Any other CEP is ViaCEP's `{ "erro": "true" }` (200); one that
 * is not 8 digits is ViaCEP's 400. Faults: `{ service: "cep", … }` on `/__admin/faults`.
 */

const STREETS = [
  "Rua das Flores",
  "Avenida Brasil",
  "Rua XV de Novembro",
  "Rua Sete de Setembro",
  "Avenida Getúlio Vargas",
  "Rua Tiradentes",
  "Rua Dom Pedro II",
  "Rua Santos Dumont",
  "Rua Marechal Deodoro",
  "Avenida Presidente Vargas",
  "Rua José Bonifácio",
  "Rua Barão do Rio Branco",
  "Rua Rui Barbosa",
  "Rua Castro Alves",
  "Rua Duque de Caxias",
  "Avenida da Independência",
  "Rua São João",
  "Rua das Palmeiras",
  "Rua dos Andradas",
  "Travessa da Paz",
];

const NEIGHBOURHOODS = [
  "Centro",
  "Jardim América",
  "Vila Nova",
  "Boa Vista",
  "Santa Cruz",
  "São José",
  "Jardim Primavera",
  "Vila Operária",
  "Cidade Nova",
  "Parque Industrial",
  "Jardim Europa",
  "Santo Antônio",
  "Alto da Serra",
  "Jardim das Flores",
  "Vila Maria",
];

/** Real CEPs the docs and demos quote, answered as ViaCEP does. */
const KNOWN: Record<string, { logradouro: string; complemento: string; bairro: string }> = {
  "01310100": { logradouro: "Avenida Paulista", complemento: "de 612 a 1510 - lado par", bairro: "Bela Vista" },
  "01001000": { logradouro: "Praça da Sé", complemento: "lado ímpar", bairro: "Sé" },
};

const REGIONS: Record<City["region"], string> = {
  SE: "Sudeste",
  S: "Sul",
  CO: "Centro-Oeste",
  NE: "Nordeste",
  N: "Norte",
};

/** The seeded city whose CEP range holds this CEP's first five digits. */
export function cityOfCep(cep: string): City | undefined {
  const prefix = Number(cep.slice(0, 5));
  return cities.find((c) => prefix >= c.cep[0] && prefix <= c.cep[1]);
}

/** ViaCEP's answer for an 8-digit CEP, or its `{ erro: "true" }` when no seeded city has it. */
export function viaCepAnswer(cep: string) {
  const city = cityOfCep(cep);
  if (!city) return { erro: "true" };
  const street = KNOWN[cep] ?? {
    logradouro: STREETS[hashSeed(0, cep) % STREETS.length]!,
    complemento: "",
    bairro: NEIGHBOURHOODS[hashSeed(0, cep.slice(0, 5)) % NEIGHBOURHOODS.length]!,
  };
  return {
    cep: displayCep(cep),
    ...street,
    unidade: "",
    localidade: city.name,
    uf: city.uf,
    estado: ufNames[city.uf] ?? city.uf,
    regiao: REGIONS[city.region],
    ibge: city.ibge,
    gia: "",
    ddd: city.ddd,
    siafi: "",
  };
}

export function cepRoutes(): Hono<AppEnv> {
  const ws = new Hono<AppEnv>();
  for (const path of ["/:cep/json/", "/:cep/json"]) {
    ws.get(path, (c) => {
      const cep = c.req.param("cep") ?? "";
      // ViaCEP answers a CEP that is not 8 digits with its HTML "Http 400" page.
      if (!/^\d{8}$/.test(cep))
        return c.html("<h2>Http 400</h2><h3>Verifique a URL</h3><p>CEP inválido: informe 8 dígitos.</p>", 400);
      return c.json(viaCepAnswer(cep));
    });
  }
  return ws;
}
