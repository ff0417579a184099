import { describe, expect, it } from "vitest";
import { emptyEnrolment } from "@/components/sge/enrol/values";
import { fieldCodes } from "@/lib/schemas/order-form";
import { enrolmentFormSchema } from "@/lib/sge/enrolment-form";
import type { Responsible, Student } from "@/server/erp/sge/client";
import { responsibleRowSchema, studentRowSchema, toResponsibleRecord, toStudentRecord } from "@/server/erp/sge/people";
import type { SgeContract } from "@/server/erp/sge/contracts-consulta";
import { isOwnContract } from "@/server/services/sge-enrol-contract";
import {
  mergeOnRecord,
  RESPONSIBLE_GROUPS,
  responsibleAsWire,
  STUDENT_GROUPS,
  STUDENT_KEPT,
  studentAsWire,
} from "@/server/services/sge-enrol-merge";

/** Issue 14 item 12: RM's people read back (reshapers), merged with what the rep confirmed, and the lost-answer match. */

const fcfoRow = {
  CODCOLIGADA: 0,
  CODCFO: "564404200001",
  NOME: "Maria do Socorro Albuquerque",
  CGCCFO: "056.440.420-90",
  EMAIL: "financeiro.056440@exemplo.com.br",
  TELEFONE: "(85) 3211-0000",
  CELULAR: "85988880000",
  TELCOMERCIAL: "",
  FAX: null,
  CEP: "60000-000",
  RUA: "Rua Barão do Rio Branco",
  NUMERO: "100",
  COMPLEMENTO: "",
  BAIRRO: "Centro",
  CODETD: "ce",
  CIDADE: "Fortaleza",
  PAIS: "Brasil",
};

describe("people on record: RealizaConsulta rows → the portal's shapes", () => {
  it("an FCFO row: CodCFO padded to 13, document and phones normalised, whatever the sentence's column case", () => {
    const lower = Object.fromEntries(Object.entries(fcfoRow).map(([k, v]) => [k.toLowerCase(), v]));
    for (const row of [fcfoRow, lower]) {
      const r = toResponsibleRecord(responsibleRowSchema.parse(row));
      expect(r).toMatchObject({
        codCfo: "0564404200001",
        coligada: 0,
        document: "05644042090",
        phone: "8532110000",
        mobile: "85988880000",
        workPhone: "",
        fax: "",
      });
      expect(r.address).toEqual({
        cep: "60000000",
        street: "Rua Barão do Rio Branco",
        number: "100",
        complement: "",
        district: "Centro",
        state: "CE",
        city: "Fortaleza",
        country: "Brasil",
      });
    }
  });

  it("a PPESSOA row: ISO birth date, RA and codes as text or null, a person without a student in the coligada", () => {
    const s = toStudentRecord(
      studentRowSchema.parse({
        CODPESSOA: "12",
        NOME: "Pedro",
        CPF: "15812923004",
        DTNASCIMENTO: "2002-05-07T00:00:00",
        TELEFONE2: 85999990000,
        SITOCUPACIONAL: 2,
        TIPOESCOLA: null,
        RA: null,
        NOMEMAE: null,
      }),
    );
    expect(s).toMatchObject({
      personId: 12,
      ra: null,
      birthDate: "2002-05-07",
      mobile: "85999990000",
      homePhone: "",
      occupation: "2",
      schoolType: null,
      motherName: "",
      email: "",
    });
  });
});

describe("an existing responsible: RM's record plus what the rep confirmed", () => {
  const record = responsibleAsWire(toResponsibleRecord(responsibleRowSchema.parse(fcfoRow)));
  const fresh: Responsible = {
    CodCFO: "0564404200001",
    Nome: "Maria S. Albuquerque",
    CPFCNPJ: "05644042090",
    Email: "outra@example.com",
    Cep: "60115170",
    Logradouro: "Rua Nova",
    Numero: 5,
    Complemento: "",
    Bairro: "Aldeota",
    Estado: "CE",
    Cidade: "Fortaleza",
    Pais: "Brasil",
    Telefone: "8533334444",
    Celular: "85911112222",
    Tel_Comercial: "8530001111",
    CodColigada: 3,
    Global: true,
  };

  it("nothing confirmed: RM gets its own values back, nothing counts as changed", () => {
    const merged = mergeOnRecord(RESPONSIBLE_GROUPS, fresh, record, () => false);
    expect(merged.changed).toEqual(["workPhone"]); // empty in RM: filling a gap overwrites nothing
    expect(merged.body).toMatchObject({
      Nome: "Maria do Socorro Albuquerque",
      Email: "financeiro.056440@exemplo.com.br",
      Telefone: "8532110000",
      Celular: "85988880000",
      Logradouro: "Rua Barão do Rio Branco",
      Numero: 100,
    });
    expect(merged.body).not.toHaveProperty("Fax");
  });

  it("confirmed groups take the form's values; before → after masked; an address group moves as one", () => {
    const merged = mergeOnRecord(
      RESPONSIBLE_GROUPS,
      { ...fresh, Tel_Comercial: undefined },
      record,
      (g) => g === "mobile" || g === "address",
    );
    expect(merged.changed).toEqual(["mobile", "address"]);
    expect(merged.body).toMatchObject({
      Celular: "85911112222",
      Telefone: "8532110000",
      Cep: "60115170",
      Logradouro: "Rua Nova",
      Numero: 5,
      Bairro: "Aldeota",
    });
    expect(merged.before.mobile).toBe("(85) *****-0000");
    expect(merged.after.mobile).toBe("(85) *****-2222");
    expect(merged.after.address).toContain("Rua Nova, 5");
  });

  it("an empty form value never clears RM's; a required field empty on both sides is reported, not sent", () => {
    const merged = mergeOnRecord(
      RESPONSIBLE_GROUPS,
      { ...fresh, Email: "", Telefone: "" },
      { ...record, Telefone: undefined },
      () => true,
    );
    expect(merged.body.Email).toBe("financeiro.056440@exemplo.com.br");
    expect(merged.missing).toEqual(["phone"]);
    expect(merged.changed).not.toContain("email");
  });

  it("an e-mail differing only in letter case is not a change", () => {
    expect(
      mergeOnRecord(
        RESPONSIBLE_GROUPS,
        { ...fresh, Email: "Financeiro.056440@EXEMPLO.com.br" },
        record,
        (g) => g === "email",
      ).changed,
    ).not.toContain("email");
  });
});

describe("an existing student: RM's person plus what the rep confirmed", () => {
  const record = studentAsWire(
    toStudentRecord(
      studentRowSchema.parse({
        CODPESSOA: 7,
        NOME: "Pedro Henrique Alves",
        CPF: "15812923004",
        DTNASCIMENTO: "2002-05-07T00:00:00",
        EMAIL: "pedro.alves@exemplo.com.br",
        ESTADONATAL: "CE",
        NATURALIDADE: "Fortaleza",
        TELEFONE2: "85999990000",
        TELEFONE3: "8533330000",
        SITOCUPACIONAL: 2,
        TIPOESCOLA: 3,
        RA: "0000000386",
        NOMEMAE: "Sandra Alves",
        CEP: "60325000",
        RUA: "Avenida Francisco Sá",
        NUMERO: "1500",
        BAIRRO: "Jacarecanga",
        ESTADO: "CE",
        CIDADE: "Fortaleza",
        PAIS: "Brasil",
      }),
    ),
  );
  const fresh: Student = {
    Nome: "Pedro H.",
    EstadoNatal: "CE",
    Naturalidade: "Sobral",
    DataNascimento: "07/05/2002",
    Cpf: "15812923004",
    SitOcupacional: 1,
    TipoEscola: 3,
    CodColigada: 3,
    IdMatrizAplicada: "3|22",
    Tel_Celular: "85977776666",
  };

  it("keeps RM's person, phones the wizard does not hold included; the ticked mobile changes", () => {
    const merged = mergeOnRecord(STUDENT_GROUPS, fresh, record, (g) => g === "mobile", STUDENT_KEPT);
    expect(merged.changed).toEqual(["mobile"]);
    expect(merged.body).toMatchObject({
      Nome: "Pedro Henrique Alves",
      Naturalidade: "Fortaleza",
      SitOcupacional: 2,
      Email: "pedro.alves@exemplo.com.br",
      Tel_Celular: "85977776666",
      Tel_3: "8533330000",
      NomeMae: "Sandra Alves",
      Rua: "Avenida Francisco Sá",
    });
  });
});

describe("the wizard's schema for a person on record", () => {
  const base = () => {
    const form = emptyEnrolment("2026-11-18", 3);
    return {
      ...form,
      responsible: {
        ...form.responsible,
        cpfCnpj: "05644042090",
        name: "Maria",
        cep: "60000000",
        street: "Rua",
        number: "1",
        district: "Centro",
        city: "Fortaleza",
      },
    };
  };
  const codes = (form: unknown) => {
    const parsed = enrolmentFormSchema.safeParse(form);
    return parsed.success ? {} : fieldCodes(parsed.error);
  };

  it("a new responsible needs e-mail and phones; one on record keeps RM's unless the rep ticks them", () => {
    const form = base();
    // Empty is "required", not "invalid e-mail/phone" (issue 16 item 14).
    expect(codes(form)).toMatchObject({
      "responsible.email": "required",
      "responsible.phone": "required",
      "responsible.mobile": "required",
    });
    const kept = codes({ ...form, responsible: { ...form.responsible, onRecord: true, changes: [] } });
    expect(Object.keys(kept).filter((k) => k.startsWith("responsible."))).toEqual([]);
    const ticked = codes({ ...form, responsible: { ...form.responsible, onRecord: true, changes: ["email"] } });
    expect(ticked["responsible.email"]).toBe("required");
    expect(ticked["responsible.phone"]).toBeUndefined();
    expect(
      codes({ ...form, responsible: { ...form.responsible, onRecord: true, changes: ["nonsense"] } }),
    ).toHaveProperty(["responsible.changes.0"]);
  });
});

describe("the lost-answer recovery: this enrolment's contract only", () => {
  const body = { RA: "0000000400", Turma: "11|TEC.001.017" } as Parameters<typeof isOwnContract>[1];
  const identity = {
    enrolmentId: "x",
    saleDate: "2026-11-18",
    payer: { codCfo: "5290000010001", codColCfo: 0, name: "B" },
  };
  const contract = {
    RA: "0000000400",
    Turma: "11|TEC.001.017",
    StatusContrato: "Vigente",
    DataVenda: "2026-11-18T00:00:00",
    CodCFO: "5290000010001",
    CodColCfo: 0,
  } as SgeContract;

  it("matches on RA, class, sale date and payer, and nothing less", () => {
    expect(isOwnContract(contract, body, identity)).toBe(true);
    expect(isOwnContract({ ...contract, Turma: "11|TEC.001.016" }, body, identity)).toBe(false);
    expect(isOwnContract({ ...contract, DataVenda: "2026-10-18T00:00:00" }, body, identity)).toBe(false);
    expect(isOwnContract({ ...contract, DataVenda: null }, body, identity)).toBe(false);
    expect(isOwnContract({ ...contract, CodCFO: "1112223330001" }, body, identity)).toBe(false);
    expect(isOwnContract({ ...contract, CodColCfo: 3 }, body, identity)).toBe(false);
    expect(isOwnContract({ ...contract, StatusContrato: "Cancelado" }, body, identity)).toBe(false);
    expect(isOwnContract({ ...contract, RA: "0000000401" }, body, identity)).toBe(false);
  });
});
