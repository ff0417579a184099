import "server-only";
import { erpWords, type ErpError, type ErpErrorCode, type ErpWords } from "./errors";

/** A translator over the `erpErrors` namespace (`getTranslations("erpErrors")`, or use-intl's in tests). */
type ErpErrorTranslator = (key: ErpErrorCode) => string;

/**
 * The words a user sees for an ErpError: the ERP's own message when the ERP wrote one for the user
 * (a TOTVS envelope `message` on a 4xx, RM's `Message`: user-safe by ERP-CONTRACT.md §1, already in
 * the ERP's language), else the portal's text for its stable `code` in the viewer's language. Never
 * `detail`, which is technical.
 */
export function erpErrorText(error: ErpError, t: ErpErrorTranslator): string {
  return wordsText(erpWords(error), t);
}

/** The words a service handed on (`erpWords`): the ERP's verbatim, the portal's translated. */
export function wordsText(words: ErpWords, t: ErpErrorTranslator): string {
  return words.generic ? t(words.generic) : words.message;
}
