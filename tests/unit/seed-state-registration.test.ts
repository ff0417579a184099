import { describe, expect, it } from "vitest";
import { isValidStateRegistration, UFS } from "@/lib/br-registration";
import { cities } from "@/sandbox/seed/cities";
import { Rng } from "@/sandbox/seed/random";
import { validStateRegistration } from "@/sandbox/seed/state-registration";
import { fiscalProfile, taxShowcaseOf } from "@/sandbox/seed/tax-showcase";

// The seed's state registrations (sandbox/seed/state-registration.ts): valid for their UF as
// MATA030's critique checks them (lib/br-registration.ts), drawn from the seed's own random streams.

const draws = (uf: string, seed: number, n: number) => {
  const rng = new Rng(seed, `test:${uf}`);
  return Array.from({ length: n }, () => validStateRegistration(uf, rng));
};

describe("validStateRegistration", () => {
  it("covers every UF the seed's cities use", () => {
    const used = [...new Set(cities.map((c) => c.uf))];
    expect(used.filter((uf) => !(UFS as readonly string[]).includes(uf))).toEqual([]);
  });

  it.each([...UFS])("draws registrations valid for %s, digits only and varied", (uf) => {
    const ies = draws(uf, 1, 300);
    expect(ies.filter((ie) => !isValidStateRegistration(uf, ie))).toEqual([]);
    expect(ies.filter((ie) => !/^\d{8,14}$/.test(ie))).toEqual([]);
    expect(new Set(ies).size).toBeGreaterThan(290);
  });

  it("keeps each UF's fixed prefix and length", () => {
    const shapes: Record<string, RegExp> = {
      AC: /^01\d{11}$/,
      AL: /^24\d{7}$/,
      AP: /^03\d{7}$/,
      DF: /^07\d{11}$/,
      GO: /^1[015]\d{7}$/,
      MA: /^12\d{7}$/,
      MG: /^\d{13}$/,
      MS: /^(28|50)\d{7}$/,
      MT: /^\d{11}$/,
      PA: /^15\d{7}$/,
      PR: /^\d{10}$/,
      RJ: /^\d{8}$/,
      RN: /^20\d{7}$/,
      RO: /^\d{14}$/,
      RR: /^24\d{7}$/,
      RS: /^\d{10}$/,
      SP: /^\d{12}$/,
    };
    for (const [uf, shape] of Object.entries(shapes)) {
      expect(
        draws(uf, 7, 50).filter((ie) => !shape.test(ie)),
        uf,
      ).toEqual([]);
    }
  });

  it("is deterministic for a seed, and another seed draws other numbers", () => {
    for (const uf of UFS) {
      expect(draws(uf, 1, 20)).toEqual(draws(uf, 1, 20));
      expect(draws(uf, 2, 20)).not.toEqual(draws(uf, 1, 20));
    }
  });

  it("draws exactly one number from the caller's stream, whatever the UF", () => {
    for (const uf of UFS) {
      const used = new Rng(5, "stream");
      const skipped = new Rng(5, "stream");
      validStateRegistration(uf, used);
      skipped.next();
      expect(used.next(), uf).toBe(skipped.next());
    }
  });

  it("accepts a lower-case UF and refuses one it does not know", () => {
    expect(isValidStateRegistration("SP", validStateRegistration("sp", new Rng(1)))).toBe(true);
    expect(() => validStateRegistration("XX", new Rng(1))).toThrow(/XX/);
    expect(() => validStateRegistration("", new Rng(1))).toThrow();
  });
});

describe("seeded fiscal profile", () => {
  it("gives a pinned contributor whose draw was ISENTO a registration valid for the pin's UF, the same every time", () => {
    for (const code of ["000002", "000012"]) {
      const pin = taxShowcaseOf(code)!;
      const profile = fiscalProfile({ type: "F", registration: "ISENTO", company: true }, pin);
      expect(profile).toMatchObject({ A1_TIPO: "R", A1_CONTRIB: "1" });
      expect(isValidStateRegistration(pin.city.uf, profile.A1_INSCR), `${code} ${pin.city.uf}`).toBe(true);
      expect(fiscalProfile({ type: "F", registration: "", company: true }, pin).A1_INSCR).toBe(profile.A1_INSCR);
    }
  });
});
