import "server-only";
import { ErpError, erpWords, type ErpWords } from "@/server/erp/errors";

type ErpRead<T> = { ok: true; value: T } | { ok: false; words: ErpWords };

/**
 * An online ERP read as a page uses it: the value, or the words of the ERP's failure for the page
 * to show (`getErpErrorText()` in server/i18n.ts). Anything that is not an ErpError goes on up.
 */
export async function erpRead<T>(read: Promise<T>): Promise<ErpRead<T>> {
  try {
    return { ok: true, value: await read };
  } catch (error) {
    if (error instanceof ErpError) return { ok: false, words: erpWords(error) };
    throw error;
  }
}
