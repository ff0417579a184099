"use client";

import { useTranslations } from "use-intl";
import { useFormat } from "@/components/i18n/use-format";
import { fieldErrorText, fieldMessages, type FieldWords } from "@/lib/field-errors";

/** Messages an action set are already words (prefix `=`); the schema's are codes. */
export const SERVER_MESSAGE = "=";

/** A translator of field codes: `actions.field`'s, or a form's own (the enrolment wizard words a few codes its way). */
export type FieldTranslator = { (key: string, values?: Record<string, string>): string; has: (key: string) => boolean };

/**
 * The browser's side of the one field-error vocabulary: a schema code (`too_long:20`) → the words
 * the server action would answer (`actions.field`, or `own`'s), and a server-set message (`=…`) as is.
 */
export function useFieldErrorText(own?: FieldTranslator): (message: string | undefined) => string | undefined {
  const { words, money } = useFieldVocabulary(own);
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

/** The words for the codes, and amounts in them written as the rest of the page writes money. */
function useFieldVocabulary(own?: FieldTranslator) {
  const field = useTranslations("actions.field") as unknown as FieldTranslator;
  const t = own ?? field;
  const { money } = useFormat();
  const words: FieldWords = Object.assign((key: string, values?: Record<string, string>) => t(key, values), {
    has: (key: string) => t.has(key),
  });
  return { words, money };
}
