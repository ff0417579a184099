import { describe, expect, it } from "vitest";
import { codCfoOf } from "@/lib/sge/cod-cfo";
import { dayOfMonthAfter, fromSgeDateTime, toSgeDate } from "@/lib/dates";
import { enrolmentFormSchema } from "@/lib/sge/enrolment-form";
import { fieldCodes } from "@/lib/schemas/order-form";
import { contractInstalments, contractTermIssues, outlivesClass } from "@/lib/sge/instalments";
import { emptyEnrolment, enrolmentFromDraft } from "@/components/sge/enrol/values";

describe("SGE enrolment rules (lib/sge)", () => {
  it("CodCFO: first 9 CPF digits or first 8 CNPJ digits + the store, as the seed's examples", () => {
    expect(codCfoOf("17.210.421/0001-40", "0001")).toBe("172104210001");
    expect(codCfoOf("857.634.250-22", "1")).toBe("8576342500001");
    expect(codCfoOf("12345678900", "0001")).toBeNull();
    expect(codCfoOf("85763425022", "00001")).toBeNull();
  });

  it("an alphanumeric CNPJ is a financial responsible like a numeric one: CodCFO from its 8 first characters", () => {
    expect(codCfoOf("12.ABC.345/01DE-35", "0001")).toBe("12ABC3450001");
    expect(codCfoOf("12abc34501de35", "2")).toBe("12ABC3450002");
    expect(codCfoOf("12ABC34501DE36", "0001")).toBeNull();
    const responsible = enrolmentFormSchema.shape.responsible;
    const base = emptyEnrolment("2026-11-23", 3).responsible;
    const check = (cpfCnpj: string) =>
      responsible
        .safeParse({ ...base, cpfCnpj })
        .error?.issues.filter((i) => i.path[0] === "cpfCnpj")
        .map((i) => i.message) ?? [];
    expect(check("12.ABC.345/01DE-35")).toEqual([]);
    expect(check("17.210.421/0001-40")).toEqual([]);
    expect(check("12ABC34501DE36")).toEqual(["cpf_cnpj"]);
  });

  it("dates go out as dd/mm/yyyy and come back from RM's yyyy-mm-ddT00:00:00", () => {
    expect(toSgeDate("2026-03-05")).toBe("05/03/2026");
    expect(fromSgeDateTime("2022-07-08T00:00:00")).toBe("2022-07-08");
    expect(fromSgeDateTime(null)).toBeNull();
  });

  it("instalments: the first on its date, the rest on the fixed day of the months after the class start; centavos on the last", () => {
    const rows = contractInstalments({
      total: 100_00,
      discount: 10_00,
      count: 3,
      firstDue: "2026-12-05",
      dueDay: 31,
      classStart: "2026-12-14",
    });
    expect(rows.map((r) => r.due)).toEqual(["2026-12-05", "2027-01-31", "2027-02-28"]);
    expect(rows.map((r) => r.value)).toEqual([33_33, 33_33, 33_34]);
    expect(rows.map((r) => r.discount)).toEqual([3_33, 3_33, 3_34]);
    expect(rows.reduce((s, r) => s + r.net, 0)).toBe(90_00);
    expect(dayOfMonthAfter("2028-01-31", 1, 30)).toBe("2028-02-29");
  });

  it("the schema refuses what SGE would: e-commerce with several instalments, a discount without reason, the responsible as student with a CNPJ", () => {
    const form = emptyEnrolment("2026-11-23", 3);
    const bad = {
      ...form,
      offering: {
        coligada: 3,
        codFilial: "UN20",
        idMatrizAplicada: "3|22",
        turma: "11|TEC.001.017",
        disciplinas: ["MEC001"],
      },
      responsible: {
        ...form.responsible,
        cpfCnpj: "17210421000140",
        name: "Empresa",
        email: "a@b.com",
        cep: "60115170",
        street: "Rua",
        number: "1",
        district: "Centro",
        city: "Fortaleza",
        phone: "8532001000",
        mobile: "85988776655",
      },
      student: {
        ...form.student,
        sameAsResponsible: true,
        name: "Empresa",
        cpf: "85763425022",
        birthDate: "1990-01-01",
        birthCity: "Fortaleza",
        cep: "60115170",
        street: "Rua",
        number: "1",
        district: "Centro",
        city: "Fortaleza",
      },
      contract: {
        ...form.contract,
        total: 240_00,
        instalments: 3,
        ecommerce: true,
        additionalDiscount: 10_00,
        card: {
          method: "Crédito" as const,
          brand: "VISA",
          acquirer: "1",
          nsu: "1",
          instalments: 2,
          store: "1",
          bank: "001",
          agency: "1",
          account: "1",
        },
      },
    };
    const parsed = enrolmentFormSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(fieldCodes(parsed.error!)).toMatchObject({
      "contract.instalments": "ecommerce_one_instalment",
      "contract.discountReason": "discount_reason",
      "student.sameAsResponsible": "responsible_not_person",
    });
    const fixed = {
      ...bad,
      student: { ...bad.student, sameAsResponsible: false },
      contract: { ...bad.contract, instalments: 1, discountReason: "Convênio" },
    };
    expect(enrolmentFormSchema.safeParse(fixed).success).toBe(true);
  });

  it("a draft from an older form opens over the empty form", () => {
    const values = enrolmentFromDraft({ student: { name: "Ana" }, unknown: 1 }, "2026-11-23", 3);
    expect(values.student.name).toBe("Ana");
    expect(values.contract.enrolDate).toBe("2026-11-23");
    expect(enrolmentFromDraft(null, "2026-11-23", 3)).toEqual(emptyEnrolment("2026-11-23", 3));
  });
});

describe("contractTermIssues: the course's terms, the same in the wizard and on the server", () => {
  // Class starting 2026-12-09: SGE's 2nd instalment falls on 2027-01-10 with day 10.
  const terms = { maxInstalments: 6, classStart: "2026-12-09", classEnd: "2027-02-09" };
  it("refuses more instalments than the course allows", () => {
    expect(contractTermIssues({ instalments: 7, firstDue: "2026-12-10", dueDay: 10 }, terms)).toEqual({
      "contract.instalments": "max_instalments:6",
    });
    expect(contractTermIssues({ instalments: 6, firstDue: "2026-12-10", dueDay: 10 }, terms)).toEqual({});
  });
  it("refuses a 1st due that leaves a month without an instalment, or falls after the 2nd", () => {
    expect(contractTermIssues({ instalments: 2, firstDue: "2026-11-18", dueDay: 10 }, terms)).toEqual({
      "contract.firstDue": "first_due_gap",
    });
    expect(contractTermIssues({ instalments: 2, firstDue: "2027-01-11", dueDay: 10 }, terms)).toEqual({
      "contract.firstDue": "first_due_after_second",
    });
    // One instalment has no schedule to break.
    expect(contractTermIssues({ instalments: 1, firstDue: "2026-11-18", dueDay: 10 }, terms)).toEqual({});
  });
  it("warns, without refusing, when the last instalment falls after the class ends", () => {
    const rows = contractInstalments({
      total: 120_000,
      discount: 0,
      count: 6,
      firstDue: "2026-12-10",
      dueDay: 10,
      classStart: terms.classStart,
    });
    expect(rows.map((r) => r.due)).toEqual([
      "2026-12-10",
      "2027-01-10",
      "2027-02-10",
      "2027-03-10",
      "2027-04-10",
      "2027-05-10",
    ]);
    expect(outlivesClass(rows, terms)).toBe("2027-05-10");
    expect(outlivesClass(rows.slice(0, 2), terms)).toBeNull();
  });
});
