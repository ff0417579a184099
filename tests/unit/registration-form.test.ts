import { describe, expect, it } from "vitest";
import { withCheckDigits } from "@/lib/br-documents";
import { municipality } from "@/lib/br-municipality";
import { isMobilePhone, isValidPhone, isValidStateRegistration } from "@/lib/br-registration";
import {
  emptyRegistration,
  fieldCodes,
  joinAddress,
  registrationFormSchema,
  registrationPayload,
  splitAddress,
  type RegistrationForm,
} from "@/lib/schemas/registration-form";

// The customer/prospect form's schema (issue 18): the same on both sides, codes per field, limits
// of the Protheus columns, and the wire body it becomes.

const key = "pgv-00000000-0000-4000-8000-000000000001";
const cnpj = withCheckDigits("970000010001");
const company = (extra: Partial<RegistrationForm> = {}): RegistrationForm => ({
  ...emptyRegistration(key),
  document: cnpj,
  name: "Mercado Boa Vista Ltda",
  customerType: "R",
  stateRegistration: "110.042.490.114",
  zipcode: "01310-100",
  street: "Avenida Paulista",
  number: "1000",
  neighborhood: "Bela Vista",
  uf: "SP",
  cityCode: "3550308",
  city: "São Paulo",
  ...extra,
});
const codes = (form: RegistrationForm, kind: "customer" | "prospect" = "customer") => {
  const parsed = registrationFormSchema(kind).safeParse(form);
  return parsed.success ? {} : fieldCodes(parsed.error);
};

describe("registration form schema", () => {
  it("accepts a complete company and makes the ERP's body: unmasked, address joined, city as IBGE", () => {
    expect(codes(company())).toEqual({});
    expect(registrationPayload(company())).toMatchObject({
      personType: "J",
      cgc: cnpj,
      estadualregistration: "110042490114",
      zipcode: "01310100",
      address: "Avenida Paulista, 1000",
      citycode: "3550308",
      uf: "SP",
    });
  });

  it("a prospect needs only a name; its body leaves out what SUS has no column for", () => {
    const prospect = { ...emptyRegistration(key), name: "Padaria Sol", contact: "Rui", municipalRegistration: "123" };
    expect(codes(prospect, "prospect")).toEqual({});
    expect(codes(prospect, "customer")).toMatchObject({
      document: "required",
      zipcode: "required",
      cityCode: "required",
    });
    const body = registrationPayload(prospect, "prospect");
    expect(body).not.toHaveProperty("contact");
    expect(body).not.toHaveProperty("municipalregistration");
  });

  it("says what is wrong, field by field, with the form's codes", () => {
    expect(codes(company({ document: "12.345.678/0001-00" }))).toMatchObject({ document: "cnpj" });
    expect(codes(company({ personType: "F", customerType: "F", document: "123.456.789-00" }))).toMatchObject({
      document: "cpf_invalid",
    });
    expect(codes(company({ stateRegistration: "110042490115" }))).toMatchObject({ stateRegistration: "ie_invalid:SP" });
    expect(codes(company({ stateRegistration: "" }))).toMatchObject({ stateRegistration: "ie_required" });
    expect(codes(company({ stateRegistration: "isento" }))).toMatchObject({ customerType: "type_needs_ie" });
    expect(codes(company({ personType: "F", document: withCheckDigits("123456789") }))).toMatchObject({
      customerType: "person_not_reseller",
    });
    expect(codes(company({ zipcode: "0131" }))).toMatchObject({ zipcode: "cep_invalid" });
    expect(codes(company({ email: "compras@" }))).toMatchObject({ email: "email_invalid" });
    expect(codes(company({ ddd: "1", phone: "30001000" }))).toMatchObject({ ddd: "ddd_invalid" });
    expect(codes(company({ ddd: "11", phone: "1234" }))).toMatchObject({ phone: "phone_invalid" });
    expect(codes(company({ name: "x".repeat(81) }))).toMatchObject({ name: "too_long:80" });
    expect(codes(company({ street: "R".repeat(76), number: "1000" }))).toMatchObject({ street: "too_long:74" });
  });

  it("ISENTO is accepted for a final consumer; an alphanumeric CNPJ is a CNPJ", () => {
    expect(codes(company({ stateRegistration: "ISENTO", customerType: "F" }))).toEqual({});
    expect(codes(company({ document: withCheckDigits("12ABC34501DE") }))).toEqual({});
  });

  it("A1_END splits back into street and number", () => {
    expect(splitAddress(joinAddress("Rua das Flores", "12A"))).toEqual({ street: "Rua das Flores", number: "12A" });
    expect(splitAddress("Rodovia SP-340 km 118")).toEqual({ street: "Rodovia SP-340 km 118", number: "" });
  });
});

describe("Brazilian registration checks", () => {
  it("IBGE cities belong to their UF, by the 7-digit or the SA1 5-digit code", () => {
    expect(municipality("3550308")).toEqual({ ibge: "3550308", name: "São Paulo", uf: "SP" });
    expect(municipality("50308", "SP")?.name).toBe("São Paulo");
    expect(municipality("3550308", "RJ")).toBeUndefined();
    expect(municipality("9999999")).toBeUndefined();
  });

  it("state registrations per UF, phones and mobiles", () => {
    expect(isValidStateRegistration("SP", "110.042.490.114")).toBe(true);
    expect(isValidStateRegistration("MG", "110.042.490.114")).toBe(false);
    expect(isValidStateRegistration("XX", "ISENTO")).toBe(true);
    expect(isValidPhone("11", "3000-1000")).toBe(true);
    expect(isValidPhone("11", "98765-4321")).toBe(true);
    expect(isMobilePhone("11", "98765-4321")).toBe(true);
    expect(isMobilePhone("11", "3000-1000")).toBe(false);
  });
});
