/**
 * Exact decimal arithmetic for money and quantities: the one the portal (live order totals,
 * reshapers) and the ERP sandbox (`sandbox/orders/money.ts` delegates here) both use, so the total
 * the rep sees is the one the ERP writes. Pure, no I/O: the sandbox imports it by relative path.
 *
 * A value is held as an integer of units at a decimal scale (`units / 10^scale`, BigInt, so a
 * product never goes through binary floating point: 2.01 × 250 is 50250 / 100, not
 * 502.49999999999994). A JS number is read through its shortest decimal text (`String(2.01)` is
 * "2.01"), which is the decimal the person or the ERP wrote.
 *
 * Rounding is half-up (a 5 in the first dropped digit goes away from zero), as Protheus rounds:
 * MATA410 writes C6_VALOR := A410Arred(C6_QTDVEN * C6_PRCVEN, "C6_VALOR"), and A410Arred rounds with
 * AdvPL's Round() to the field's X3_DECIMAL (Clipper's ROUND: "digits between five to nine are
 * rounded up"); MV_ARREFAT = "S", the default, keeps that rounding for the order total (TOTVS
 * boletim 001/06 "Parâmetros de arredondamento"). JS Math.round differs on negatives (-2.5 → -2).
 */

type ExactDecimal = { units: bigint; scale: number };

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** "1234.5", "-0.005", ".5", 2.01, 1e-7 → an exact decimal; null for anything else (NaN, "", "1,5"). */
export function exactDecimal(value: number | string | bigint): ExactDecimal | null {
  if (typeof value === "bigint") return { units: value, scale: 0 };
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  const match = DECIMAL_TEXT.exec(typeof value === "number" ? String(value) : value.trim());
  if (!match) return null;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  if (!whole && !fraction) return null;
  let digits = whole + fraction;
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits);
  return { units: sign === "-" ? -units : units, scale };
}

const pow10 = (n: number) => 10n ** BigInt(n);

/** n ÷ d (d > 0) to an integer, half-up (away from zero). */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  const quotient = n / d; // BigInt division truncates toward zero
  const remainder = n % d;
  if ((remainder < 0n ? -remainder : remainder) * 2n < d) return quotient;
  return n < 0n ? quotient - 1n : quotient + 1n;
}

/** The value as an integer count of 10^-decimals, half-up: 1.005 at 2 decimals is 101n. */
export function rescale(value: ExactDecimal, decimals: number): bigint {
  if (value.scale <= decimals) return value.units * pow10(decimals - value.scale);
  return divideHalfUp(value.units, pow10(value.scale - decimals));
}

/** A number or decimal text as an integer of 10^-decimals, half-up; null when it is not a number. */
export function toScaled(value: number | string, decimals: number): number | null {
  const exact = exactDecimal(value);
  return exact ? Number(rescale(exact, decimals)) : null;
}

/** a × b rounded half-up to `decimals` places, as an integer of 10^-decimals; null when either is not a number. */
export function multiplyScaled(a: number | string, b: number | string, decimals: number): number | null {
  const x = exactDecimal(a);
  const y = exactDecimal(b);
  if (!x || !y) return null;
  return Number(rescale({ units: x.units * y.units, scale: x.scale + y.scale }, decimals));
}

/** Integer n ÷ d as a plain decimal with `decimals` places, half-up: ratioScaled(105 * 100, 2092, 2) = 502 (5.02 %). */
export function ratioScaled(n: number, d: number, decimals: number): number {
  const x = exactDecimal(n);
  const y = exactDecimal(d);
  if (!x || !y || y.units === 0n) return 0;
  // n/d = (x.units / 10^x.scale) / (y.units / 10^y.scale); bring both to one integer division.
  let numerator = x.units * pow10(y.scale + decimals);
  let denominator = y.units * pow10(x.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  return Number(divideHalfUp(numerator, denominator));
}

/** An integer of 10^-decimals back to plain decimal text: scaledToText(123450, 2) = "1234.50". */
export function scaledToText(scaled: number, decimals: number): string {
  const negative = scaled < 0;
  const digits = String(Math.abs(Math.trunc(scaled))).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(-decimals)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}
