import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { fieldCodes, fieldErrorText, fieldMessages, type FieldWords } from "@/lib/field-errors";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { orderFormSchema } from "@/lib/schemas/order-form";
import { pjContractFormSchema } from "@/lib/sge/ops/schemas";

/** The one vocabulary's words in `locale`, as use-intl would format them. */
function wordsOf(locale: Locale, catalogue: Record<string, string> = messages[locale].actions.field): FieldWords {
  return Object.assign(
    (key: string, values?: Record<string, string>) =>
      new IntlMessageFormat(catalogue[key]!, locale).format(values) as string,
    { has: (key: string) => key in catalogue },
  );
}
const money = (cents: number) =>
  new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" }).format(cents / 100).replace(/\s/g, " ");

describe("the one field-error vocabulary", () => {
  it("words a code with its value, and a money code's centavos as money", () => {
    const t = wordsOf("pt-BR");
    expect(fieldErrorText(t, "required", money)).toBe("Campo obrigatório.");
    expect(fieldErrorText(t, "too_long:20", money)).toBe("No máximo 20 caracteres.");
    expect(fieldErrorText(t, "below_minimum:1883", money)).toBe("Preço abaixo do mínimo da tabela (R$ 18,83).");
    expect(fieldErrorText(t, "sum_mismatch:31126", money)).toBe(
      "O valor da baixa deve ser original + juros + multa − desconto = R$ 311,26.",
    );
    expect(fieldErrorText(t, "total_mismatch:33600", money)).toBe(
      "O valor do acordo deve ser a soma das parcelas (R$ 336,00).",
    );
  });

  it("a code the vocabulary does not word reads as 'invalid', never as a raw key", () => {
    expect(fieldErrorText(wordsOf("pt-BR"), "no_such_code:3", money)).toBe("Valor inválido.");
    expect(fieldErrorText(wordsOf("en"), "no_such_code", money)).toBe("Invalid value.");
  });

  it("the order form and the SGE back office keep the words users saw before", () => {
    const t = wordsOf("pt-BR");
    expect(fieldErrorText(t, "customer_unknown", money)).toBe("Cliente não encontrado na sua carteira.");
    expect(fieldErrorText(t, "used_over_offered", money)).toBe("Vagas utilizadas não podem passar das ofertadas.");
    expect(fieldErrorText(t, "no_courses", money)).toBe("Escolha ao menos um curso.");
    expect(fieldErrorText(wordsOf("en"), "too_long:6", money)).toBe("At most 6 characters.");
    expect(fieldErrorText(wordsOf("es"), "decimals:2", money)).toBe("Máximo 2 decimales.");
  });

  it("the enrolment wizard words the same codes in its own catalogue, through the same helper", () => {
    const t = wordsOf("pt-BR", messages["pt-BR"].sgeEnrol.errors as unknown as Record<string, string>);
    expect(fieldErrorText(t, "too_long:100", money)).toBe("Use no máximo 100 caracteres.");
    expect(fieldErrorText(t, "cpf", money)).toBe("CPF inválido.");
    expect(fieldErrorText(t, "not_a_code", money)).toBe("Confira os campos destacados.");
  });

  it("every code the order and PJ schemas produce has words in every language", () => {
    const order = orderFormSchema.safeParse({ key: "x", items: [{ quantity: 0.001, price: -1 }] });
    const pj = pjContractFormSchema.safeParse({ cnpj: "1" });
    expect(order.success || pj.success).toBe(false);
    const codes = { ...fieldCodes(order.error!), ...fieldCodes(pj.error!) };
    expect(Object.keys(codes).length).toBeGreaterThan(5);
    for (const locale of ["pt-BR", "en", "es"] as const) {
      const words = fieldMessages(codes, wordsOf(locale), money);
      for (const [field, text] of Object.entries(words)) {
        const key = codes[field]!.split(":")[0]!;
        expect(messages[locale].actions.field, `${locale} ${key}`).toHaveProperty(key);
        expect(text, `${locale} ${field}`).not.toMatch(/[{}]|^[a-z_]+$/);
      }
    }
  });

  it("paths are the form's field names, first code per field", () => {
    const parsed = orderFormSchema.safeParse({ key: "x", items: [{ product: "", quantity: 0, price: 1 }] });
    const codes = fieldCodes(parsed.error!);
    expect(codes["items.0.product"]).toBe("required");
    expect(codes["items.0.quantity"]).toBe("positive");
    expect(codes.key).toBe("invalid");
  });
});
