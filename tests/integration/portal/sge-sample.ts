import { withCheckDigits } from "@/lib/br-documents";
import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { fetchCatalogue } from "@/server/erp/sge/catalogue-consulta";
import { sgeConnection } from "@/server/erp/sge/connection";

/** The enrolment tests' shared helpers: a signed-in viewer and a valid SENAI enrolment form. */

export async function viewerOf(username: string, password: string): Promise<Viewer> {
  const result = await login({ alias: "demo", username, password }, "10.41.0.9");
  if (!result.ok) throw new Error(result.failure);
  return viewerFromSession((await loadSession(result.sessionId))!);
}

/** A CPF generator per test file: `prefix` (2 digits) keeps files from meeting each other's people. */
export function cpfSerial(prefix: string, start = 100) {
  let serial = start;
  return () => withCheckDigits(`${prefix}${String(serial++).padStart(7, "0")}`);
}

export const SAMPLE_ADDRESS = {
  cep: "60115-170",
  street: "Rua Barão de Aracati",
  number: "1200",
  complement: "",
  district: "Aldeota",
  state: "CE" as const,
  city: "Fortaleza",
  country: "Brasil",
};

/** A new person (the given CPF) as responsible and student, enrolled at SENAI in class 11|TEC.001.017, e-commerce card. */
export async function sampleEnrolmentForm(
  cpf: string,
  overrides: { contract?: Partial<EnrolmentForm["contract"]> } = {},
): Promise<EnrolmentForm> {
  const catalogue = await fetchCatalogue(sgeConnection("demo")!, 3);
  const offering = catalogue.Ofertas.find((o) => o.IdMatrizAplicada === "3|22")!;
  const klass = offering.Turmas.find((t) => t.Turma === "11|TEC.001.017")!;
  const today = testBusinessDate();
  return {
    offering: {
      coligada: 3,
      codFilial: offering.CodFilial,
      idMatrizAplicada: "3|22",
      turma: klass.Turma,
      disciplinas: klass.Disciplinas.map((d) => d.CodDisciplina),
    },
    responsible: {
      cpfCnpj: cpf,
      store: "0001",
      name: "Maria Aparecida Souza",
      email: "maria.souza@example.com",
      ...SAMPLE_ADDRESS,
      phone: "8532001000",
      mobile: "85988776655",
      workPhone: "",
      fax: "",
      global: true,
    },
    student: {
      sameAsResponsible: true,
      name: "Maria Aparecida Souza",
      cpf,
      birthDate: "1990-03-15",
      birthState: "CE",
      birthCity: "Fortaleza",
      motherName: "Francisca Souza",
      email: "maria.souza@example.com",
      occupation: "1",
      schoolType: "3",
      sameAddress: true,
      ...SAMPLE_ADDRESS,
      homePhone: "",
      mobile: "",
      condition: "0",
      scae: "0",
      articulation: "2",
    },
    contract: {
      total: 240_00,
      instalments: 1,
      enrolDate: today,
      firstDue: today,
      dueDay: 10,
      endDate: "",
      institutionalDiscount: 0,
      additionalDiscount: 0,
      discountReason: "",
      firstPayment: "CAC",
      otherPayments: "CAC",
      boletoByEmail: false,
      ecommerce: true,
      opportunityId: "",
      card: {
        method: "Crédito",
        brand: "MASTERCARD",
        acquirer: "999999999",
        nsu: "9999999999",
        instalments: 5,
        store: "1",
        bank: "001",
        agency: "1369",
        account: "2002",
      },
      ...overrides.contract,
    },
  };
}
