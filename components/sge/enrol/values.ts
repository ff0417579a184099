import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import { WIZARD_STEPS, type WizardStep } from "@/lib/sge/enrolment-options";

/** The wizard's values: the schema's input (while typing a number field may hold NaN or null). */
export type EnrolmentValues = EnrolmentForm;

/** A blank wizard on `coligada` (the page starts it on the last configured one, `newFormColigada`). */
export function emptyEnrolment(today: string, coligada: number): EnrolmentValues {
  const address = {
    cep: "",
    street: "",
    number: "",
    complement: "",
    district: "",
    state: "CE" as const,
    city: "",
    country: "Brasil",
  };
  return {
    offering: { coligada, codFilial: "", idMatrizAplicada: "", turma: "", disciplinas: [] },
    responsible: {
      cpfCnpj: "",
      store: "0001",
      name: "",
      email: "",
      ...address,
      phone: "",
      mobile: "",
      workPhone: "",
      fax: "",
      global: true,
    },
    student: {
      sameAsResponsible: false,
      name: "",
      cpf: "",
      birthDate: "",
      birthState: "CE",
      birthCity: "",
      motherName: "",
      email: "",
      occupation: "1",
      schoolType: "3",
      sameAddress: true,
      ...address,
      homePhone: "",
      mobile: "",
      condition: "0",
      scae: "0",
      articulation: "2",
    },
    contract: {
      total: 0,
      instalments: 1,
      enrolDate: today,
      firstDue: today,
      dueDay: 10,
      endDate: "",
      institutionalDiscount: 0,
      additionalDiscount: 0,
      discountReason: "",
      firstPayment: "BOL",
      otherPayments: "BOL",
      boletoByEmail: true,
      ecommerce: false,
      card: undefined,
      opportunityId: "",
    },
  };
}

/** A saved draft over the empty form: a draft from an older form version still opens. */
/** The step a draft was left at (saved with it), so a resumed draft opens there; the first step otherwise. */
export function stepOfDraft(data: unknown): WizardStep {
  const step = data && typeof data === "object" && "step" in data ? (data as { step: unknown }).step : null;
  return WIZARD_STEPS.find((s) => s === step) ?? "offering";
}

export function enrolmentFromDraft(data: unknown, today: string, coligada: number): EnrolmentValues {
  const empty = emptyEnrolment(today, coligada);
  if (!data || typeof data !== "object") return empty;
  const d = data as Partial<Record<keyof EnrolmentValues, object>>;
  return {
    offering: { ...empty.offering, ...(d.offering ?? {}) },
    responsible: { ...empty.responsible, ...(d.responsible ?? {}) },
    student: { ...empty.student, ...(d.student ?? {}) },
    contract: { ...empty.contract, ...(d.contract ?? {}) },
  } as EnrolmentValues;
}
