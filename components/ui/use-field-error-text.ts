"use client";

import { useFormatter, useTranslations } from "use-intl";
import { fieldErrorText, fieldMessages, type FieldWords } from "@/lib/field-errors";

/** Messages an action set are already words (prefix `=`); the schema's are codes. */
export const SERVER_MESSAGE = "=";

/**
 * The browser's side of the one field-error vocabulary: a schema code (`too_long:20`) → the words
 * the server action would answer (`actions.field`), and a server-set message (`=…`) as is.
 */
export function useFieldErrorText(): (message: string | undefined) => string | undefined {
  const t = useTranslations("actions.field");
  const format = useFormatter();
  const words: FieldWords = Object.assign(
    (key: string, values?: Record<string, string>) => t(key as "invalid", values),
    {
      has: (key: string) => t.has(key as "invalid"),
    },
  );
  const money = (cents: number) => format.number(cents / 100, { style: "currency", currency: "BRL" });
  return (message) =>
    !message
      ? undefined
      : message.startsWith(SERVER_MESSAGE)
        ? message.slice(SERVER_MESSAGE.length)
        : fieldErrorText(words, message, money);
}

/** Every field code of a parse → words (`{ "instalments.0.value": "…" }`), as the server action would answer. */
export function useFieldErrorWords(): (codes: Record<string, string>) => Record<string, string> {
  const { words, money } = useFieldVocabulary();
  return (codes) => fieldMessages(codes, words, money);
}

function useFieldVocabulary() {
  const t = useTranslations("actions.field");
  const format = useFormatter();
  const words: FieldWords = Object.assign(
    (key: string, values?: Record<string, string>) => t(key as "invalid", values),
    {
      has: (key: string) => t.has(key as "invalid"),
    },
  );
  const money = (cents: number) => format.number(cents / 100, { style: "currency", currency: "BRL" });
  return { words, money };
}
