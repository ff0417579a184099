/**
 * C6_ITEM numbering of a sales order. The field is char(2) and MATA410 numbers items with Soma1():
 * 01..99, then the last position runs through letters (99 → 9A … 9Z), carrying into the first
 * position (9Z → A0, A9 → AA … ZZ). Source: TOTVS Central de Atendimento, "Conceito de uso do campo
 * CK_ITEM" (CK_ITEM follows C6_ITEM: "após o item 99, o sistema incrementa letras: 9A, 9B, 9C").
 */

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** 99 numeric items + 26 (9A..9Z) + 26 × 36 (A0..ZZ). */
export const MAX_ORDER_ITEMS = 99 + 26 + 26 * 36;

/**
 * Soma1 of a two-character item code: `"09"` → `"10"`, `"99"` → `"9A"`, `"9Z"` → `"A0"`, `"A9"` → `"AA"`.
 * While both positions are digits Soma1 counts in base 10; only "99" has no numeric successor, and
 * from there on the code counts in base 36 (digits before letters).
 */
export function nextItemCode(code: string): string {
  if (!/^[0-9A-Z]{2}$/.test(code)) throw new Error(`Invalid C6_ITEM ${JSON.stringify(code)}`);
  if (/^\d\d$/.test(code) && code !== "99") return String(Number(code) + 1).padStart(2, "0");
  const chars = code.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    const pos = DIGITS.indexOf(chars[i]!);
    if (pos < DIGITS.length - 1) {
      chars[i] = DIGITS[pos + 1]!;
      return chars.join("");
    }
    chars[i] = "0";
  }
  throw new Error(`C6_ITEM overflow after ${code} (at most ${MAX_ORDER_ITEMS} items per order)`);
}

/** Item codes of an order with `count` items: 01, 02, … */
export function itemCodes(count: number): string[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_ORDER_ITEMS) {
    throw new Error(`An order has 1..${MAX_ORDER_ITEMS} items (got ${count})`);
  }
  const codes: string[] = [];
  let code = "00";
  for (let i = 0; i < count; i++) {
    code = nextItemCode(code);
    codes.push(code);
  }
  return codes;
}
