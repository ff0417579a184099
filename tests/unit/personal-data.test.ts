import { describe, expect, it } from "vitest";
import { maskDocument } from "@/lib/mask";
import { customerPageViews, isNaturalPerson } from "@/lib/personal-data";
import type { ContactWithPhones } from "@/lib/types/contact";
import type { Customer } from "@/lib/types/customer";

const person = {
  code: "000014",
  store: "01",
  name: "JOANA MENEZES",
  personType: "F",
  document: "52998224725",
  email: "joana@example.com.br",
  phone: { ddi: "55", ddd: "71", number: "988776655" },
} as Customer;
const company = { ...person, name: "ACME LTDA", personType: "J", document: "11222333000181" } as Customer;
const contact = (id: string, name: string, email: string, phones: number): ContactWithPhones => ({
  id: `int-${id}`,
  contactId: id,
  customerDocument: "",
  name,
  email,
  phones: Array.from({ length: phones }, (_, i) => ({
    id: `${id}-${i}`,
    contactId: `int-${id}`,
    type: "1",
    ddi: "55",
    ddd: "11",
    number: "32110000",
    email: "",
    complement: "",
  })),
});

describe("what the LGPD access log records of the customer page (lib/personal-data.ts)", () => {
  it("a natural person is A1_PESSOA F, or a CPF where the ERP left the kind blank; a CNPJ never", () => {
    expect(isNaturalPerson(person)).toBe(true);
    expect(isNaturalPerson(company)).toBe(false);
    expect(isNaturalPerson({ personType: null, document: "52998224725" })).toBe(true);
    expect(isNaturalPerson({ personType: null, document: "11222333000181" })).toBe(false);
  });

  it("a person's page: one customer view with the kinds of data shown, never their values", () => {
    const views = customerPageViews(person, []);
    expect(views).toEqual([
      {
        entity: "customer",
        recordKey: "000014/01",
        subjectName: "JOANA MENEZES",
        fields: ["cpf", "email", "phone"],
        screen: "customer-page",
      },
    ]);
    const text = JSON.stringify(views);
    for (const value of ["52998224725", "529.982.247-25", "joana@example.com.br", "988776655"])
      expect(text).not.toContain(value);
    // What is not on record is not said to be shown.
    expect(customerPageViews({ ...person, email: "", phone: { ddi: "", ddd: "", number: "" } }, [])[0]!.fields).toEqual(
      ["cpf"],
    );
  });

  it("a company's page logs nothing of the company; its contacts showing an e-mail or phone are one view", () => {
    expect(customerPageViews(company, [])).toEqual([]);
    const views = customerPageViews(company, [
      contact("000101", "ANA SOUZA", "ana@acme.com.br", 0),
      contact("000102", "RUI LIMA", "", 2),
      contact("000103", "SEM DADOS", "", 0),
    ]);
    expect(views).toEqual([
      {
        entity: "contact",
        recordKey: "000101,000102",
        subjectName: "ANA SOUZA, RUI LIMA",
        fields: ["email", "phone"],
        screen: "customer-page",
      },
    ]);
  });

  it("a list shows a CPF masked (idempotent, so a masked value passed on stays the same) and a CNPJ whole", () => {
    expect(maskDocument(person.document)).toBe("***.982.247-**");
    expect(maskDocument(maskDocument(person.document))).toBe("***.982.247-**");
    expect(maskDocument(maskDocument(company.document))).toBe("11.222.333/0001-81");
  });
});
