import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { messages } from "@/lib/i18n/messages";
import { addMonths, isIsoDate, toSgeDate as isoToSgeDate } from "@/lib/dates";
import { daysLate, proposedCharges, settlementTotal, splitEvenly, sumCents } from "@/lib/sge/ops/amounts";
import { fieldCodes, fieldErrorText } from "@/lib/field-errors";
import { centsToReais } from "@/lib/sge/ops/money";
import {
  agreementSchema,
  contractSearchSchema,
  crmServiceSchema,
  accountingItemSchema,
  includeLaunchSchema,
  pjConsultFormSchema,
  pjContractFormSchema,
  settleSchema,
} from "@/lib/sge/ops/schemas";

const codes = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldCodes(result.error as Parameters<typeof fieldCodes>[0]);

describe("SGE amounts (centavos)", () => {
  it("BaixaTitulo's two worked examples: original + interest + fine − discount", () => {
    expect(settlementTotal({ original: 30000, interest: 3000, fine: 600, discount: 0 })).toBe(33600);
    // 458,33 with a 45,83 scholarship and a 10,00 discount: Desconto 55,83 → ValorBaixa 402,50.
    expect(settlementTotal({ original: 45833, interest: 0, fine: 0, discount: 5583 })).toBe(40250);
  });

  it("splits an amount without losing a centavo, the rest on the first instalments", () => {
    expect(splitEvenly(10000, 3)).toEqual([3334, 3333, 3333]);
    expect(sumCents(splitEvenly(249900, 7))).toBe(249900);
    expect(splitEvenly(100, 0)).toEqual([]);
  });

  it("monthly due dates keep the day, clamped to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-10", 2)).toBe("2027-01-10");
  });

  it("dates: real ISO dates only; SGE's dd/mm/yyyy written by the reshaper", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("29/02/2028")).toBe(false);
    expect(isoToSgeDate("2022-07-06")).toBe("06/07/2022");
  });

  it("centavos become the reais SGE's JSON carries, with no float noise", () => {
    expect(JSON.stringify({ v: centsToReais(31126) })).toBe('{"v":311.26}');
    expect(JSON.stringify({ v: centsToReais(3076 + 550 + 27500) })).toBe('{"v":311.26}');
    expect(centsToReais(10)).toBe(0.1);
  });
});

const pj = {
  coligada: 3,
  branch: "20",
  contractNumber: "PGV-1",
  proposalNumber: "1",
  cnpj: "58.069.568/0001-49",
  companyName: "Empresa",
  value: 100000,
  classCode: "TEC.001.017",
  periodId: 11,
  offered: 10,
  used: 2,
};

describe("PJ contract form", () => {
  it("accepts a valid contract, masked CNPJ included", () => {
    expect(pjContractFormSchema.safeParse(pj).success).toBe(true);
  });

  it.each([
    [{ used: 11 }, "used", "used_over_offered"],
    [{ cnpj: "58.069.568/0001-48" }, "cnpj", "cnpj"],
    [{ cnpj: "529.982.247-25" }, "cnpj", "cnpj"],
    [{ coligada: 0 }, "coligada", "coligada"], // a positive code; which ones are configured is the server's check
    [{ periodId: 0 }, "periodId", "class_required"],
    [{ offered: 0 }, "offered", "positive"],
    [{ used: -1 }, "used", "not_negative"],
    [{ value: Number.NaN }, "value", "number"],
    [{ contractNumber: "x".repeat(21) }, "contractNumber", "too_long:20"],
    [{ companyName: "  " }, "companyName", "required"],
  ])("%o → %s: %s", (patch, field, code) => {
    expect(codes(pjContractFormSchema.safeParse({ ...pj, ...patch }))[field]).toBe(code);
  });

  it("an alphanumeric CNPJ (valid since July 2026) passes the form", () => {
    expect(pjContractFormSchema.safeParse({ ...pj, cnpj: "12.ABC.345/01DE-35" }).success).toBe(true);
  });

  it("consult needs the contract or the proposal number", () => {
    expect(codes(pjConsultFormSchema.safeParse({ contractNumber: "", proposalNumber: "" })).contractNumber).toBe(
      "key_required",
    );
    expect(pjConsultFormSchema.safeParse({ contractNumber: "", proposalNumber: "123" }).success).toBe(true);
  });
});

const settle = {
  coligada: 3,
  xnumpro: "SGE3F20C91",
  launchId: 143,
  original: 27500,
  interest: 3076,
  fine: 550,
  discount: 0,
  amount: 31126,
  date: "2026-07-01",
  bankAccount: "001",
  noMovementAccount: "",
};

describe("settlement form (BaixaTitulo)", () => {
  it("accepts ValorBaixa equal to the breakdown, to the centavo", () => {
    expect(settleSchema.safeParse(settle).success).toBe(true);
  });

  it("a centavo off is refused, naming the expected total", () => {
    const result = codes(settleSchema.safeParse({ ...settle, amount: 31125 }));
    expect(result.amount).toBe("sum_mismatch:31126");
    const t = (key: string, values?: Record<string, string>) =>
      new IntlMessageFormat(messages["pt-BR"].actions.field[key as "sum_mismatch"], "pt-BR").format(values) as string;
    const money = (c: number) => new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" }).format(c / 100);
    expect(fieldErrorText(t, result.amount!, money)).toContain("311,26");
  });

  it("exactly one cash account: bank movement or not, never both or none", () => {
    expect(codes(settleSchema.safeParse({ ...settle, noMovementAccount: "00001" })).bankAccount).toBe("one_account");
    expect(codes(settleSchema.safeParse({ ...settle, bankAccount: "" })).bankAccount).toBe("one_account");
    expect(settleSchema.safeParse({ ...settle, bankAccount: "", noMovementAccount: "00001" }).success).toBe(true);
  });

  it("a discount beyond what is due, a bad date, a negative interest", () => {
    expect(codes(settleSchema.safeParse({ ...settle, discount: 40000, amount: 31126 - 40000 })).discount).toBe(
      "discount_too_large",
    );
    expect(codes(settleSchema.safeParse({ ...settle, date: "2026-02-30" })).date).toBe("date");
    expect(codes(settleSchema.safeParse({ ...settle, interest: -1 })).interest).toBe("not_negative");
  });
});

const agreement = {
  coligada: 3,
  xnumpro: "SGE3F20C93",
  liquidationId: "PGV|SGE3F20C93|20260701",
  costCentre: "",
  date: "2026-07-01",
  interestType: "rate",
  interestRate: 0,
  interestPerDay: 0,
  discount: 0,
  addition: 0,
  total: 120000,
  titleNumber: "000900",
  originals: [232, 233],
  instalments: [
    { dueDate: "2026-08-10", forecastDate: "2026-08-10", value: 60000 },
    { dueDate: "2026-09-10", forecastDate: "2026-09-11", value: 60000 },
  ],
};

describe("agreement form (Acordo/Inclusao)", () => {
  it("accepts instalments summing to ValorAcordo", () => {
    expect(agreementSchema.safeParse(agreement).success).toBe(true);
  });

  it("refuses a total that is not the instalments' sum, naming the sum", () => {
    expect(codes(agreementSchema.safeParse({ ...agreement, total: 120001 })).total).toBe("total_mismatch:120000");
  });

  it.each([
    [{ originals: [] }, "originals", "no_originals"],
    [{ instalments: [] }, "instalments", "no_instalments"],
    [{ liquidationId: "has space" }, "liquidationId", "no_spaces"],
    [{ titleNumber: "1234567890" }, "titleNumber", "too_long:9"],
    [{ interestType: "both" }, "interestType", "invalid"],
  ])("%o → %s: %s", (patch, field, code) => {
    expect(codes(agreementSchema.safeParse({ ...agreement, ...patch }))[field]).toBe(code);
  });

  it("an instalment's forecast before its due date is flagged on that instalment", () => {
    const instalments = [agreement.instalments[0]!, { ...agreement.instalments[1]!, forecastDate: "2026-09-01" }];
    expect(codes(agreementSchema.safeParse({ ...agreement, instalments }))["instalments.1.forecastDate"]).toBe(
      "forecast_before_due",
    );
  });
});

describe("other finance and admin forms", () => {
  it("a launch due before its issue date is refused", () => {
    const launch = {
      coligada: 3,
      xnumpro: "TESTE1",
      branch: "03CE0001",
      prefix: "001",
      number: "000804",
      instalment: "1",
      type: "P",
      salesOrder: "TESTE2",
      nossoNumero: "",
      issueDate: "2026-07-01",
      dueDate: "2026-06-30",
      forecastDate: "",
      cashAccount: "",
    };
    expect(codes(includeLaunchSchema.safeParse(launch)).dueDate).toBe("due_before_issue");
    expect(includeLaunchSchema.safeParse({ ...launch, dueDate: "2026-07-10" }).success).toBe(true);
  });

  it("contract search by CPF/CNPJ needs a valid document", () => {
    expect(codes(contractSearchSchema.safeParse({ kind: "cpfcnpj", q: "123" })).q).toBe("document");
    expect(contractSearchSchema.safeParse({ kind: "cpfcnpj", q: "529.982.247-25" }).success).toBe(true);
    expect(contractSearchSchema.safeParse({ kind: "xnumpro", q: "SGE3F20C91" }).success).toBe(true);
  });

  it("a CRM service needs a product and at least one course; an accounting item a code", () => {
    const service = {
      coligada: 3,
      code: "10",
      description: "Mensalidade",
      protheusProduct: "121551",
      nature: "",
      accountingItem: "",
      accountingAccount: "",
      active: true,
      courses: ["TEC.00011"],
    };
    expect(crmServiceSchema.safeParse(service).success).toBe(true);
    expect(codes(crmServiceSchema.safeParse({ ...service, courses: [] })).courses).toBe("no_courses");
    expect(codes(crmServiceSchema.safeParse({ ...service, protheusProduct: "" })).protheusProduct).toBe("required");
    expect(
      codes(accountingItemSchema.safeParse({ coligada: 1, item: "", branch: "", description: "x", active: true })).item,
    ).toBe("required");
  });
});

describe("sgeOps messages", () => {
  it("every field code the schemas use has words in each language", () => {
    const used = [
      "required",
      "too_long",
      "invalid",
      "number",
      "not_negative",
      "too_large",
      "positive",
      "date",
      "cnpj",
      "document",
      "coligada",
      "class_required",
      "used_over_offered",
      "key_required",
      "due_before_issue",
      "discount_too_large",
      "sum_mismatch",
      "one_account",
      "alnum",
      "forecast_before_due",
      "no_spaces",
      "no_originals",
      "no_instalments",
      "too_many",
      "total_mismatch",
      "no_courses",
    ];
    for (const locale of ["pt-BR", "en", "es"] as const)
      for (const code of used)
        expect(
          messages[locale].actions.field[code as keyof (typeof messages)["pt-BR"]["actions"]["field"]],
          `${locale} ${code}`,
        ).toBeTruthy();
  });
});

describe("late charges of a settlement (issue 16 item 15)", () => {
  const launch = {
    original: 275_00,
    dueDate: "2026-11-08",
    lateCharges: { finePercent: 2, dailyInterestPercent: 0.0333 },
  };
  it("counts whole days late, none before or on the due date", () => {
    expect(daysLate("2026-11-08", "2026-11-18")).toBe(10);
    expect(daysLate("2026-11-08", "2026-11-08")).toBe(0);
    expect(daysLate(null, "2026-11-18")).toBe(0);
  });
  it("proposes the plan's fine and simple daily interest, rounded to the centavo", () => {
    // 275,00 × 2% = 5,50; 275,00 × 0,0333% × 10 = 0,91575 → 0,92.
    expect(proposedCharges(launch, "2026-11-18")).toEqual({ interest: 92, fine: 550, days: 10 });
    expect(proposedCharges(launch, "2026-11-08")).toEqual({ interest: 0, fine: 0, days: 0 });
    expect(proposedCharges({ ...launch, lateCharges: null }, "2026-11-18")).toBeNull();
  });
});
