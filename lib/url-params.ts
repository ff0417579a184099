/**
 * Typed URL search parameters: one parser per parameter, read by a page's server component
 * (`loadParams`) and by the browser (`useUrlParams`, components/lists/use-url-params.ts) with the
 * same code, so a shared link means the same thing on both sides.
 *
 * - A value a parser does not accept reads as that parameter's default (or `null` without one):
 *   a hand-edited URL never fails the page. API routes still parse strictly with zod.
 * - Only what differs from the defaults is written, so links stay short.
 *
 * In-house rather than nuqs (which this replaced): the lists need five parser kinds and one hook,
 * and nuqs' adapter and runtime were the largest part of the list pages' First Load JS growth.
 */

export type UrlParser<T> = {
  /** The value of a raw parameter, or null when it is not one. */
  parse: (raw: string) => T | null;
  serialize: (value: T) => string;
};
type WithDefault<T> = UrlParser<T> & { defaultValue: T };
/** Any parser, whatever its value type (`never` in the contravariant position accepts every one). */
type AnyParser = { parse: (raw: string) => unknown; serialize: (value: never) => string; defaultValue?: unknown };
export type UrlParsers = Record<string, AnyParser>;

/** What a set of parsers reads: the default's type where there is one, else `T | null`. */
export type UrlValues<P extends UrlParsers> = {
  [K in keyof P]: P[K] extends { defaultValue: infer D } ? D : ReturnType<P[K]["parse"]>;
};
/** A change to URL state: `null` (or `undefined`) clears a parameter back to its default. */
export type UrlPatch<P extends UrlParsers> = { [K in keyof P]?: UrlValues<P>[K] | null | undefined };

/** A parser from its two halves; `.withDefault(v)` gives the parameter a default. */
export function customParam<T>(parse: (raw: string) => T | null, serialize: (value: T) => string) {
  return {
    parse,
    serialize,
    withDefault: (defaultValue: T): WithDefault<T> => ({ parse, serialize, defaultValue }),
  };
}

/** Free text up to `max` characters, kept as typed (a search box keeps its spaces while typing). */
export const textParam = (max: number) =>
  customParam(
    (raw) => (raw.length <= max ? raw : null),
    (v: string) => v,
  );

/** A whole number within [min, max]. */
export const intParam = (min: number, max: number) =>
  customParam(
    (raw) => {
      const n = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
    },
    (n: number) => String(n),
  );

/** One of a fixed set of words. */
export const literalParam = <const L extends readonly string[]>(values: L) =>
  customParam(
    (raw) => (values.includes(raw) ? (raw as L[number]) : null),
    (v: L[number]) => v,
  );

/** A list of values joined by `separator`; items an item parser refuses are dropped. */
export const arrayParam = <T>(item: UrlParser<T>, separator = ",") =>
  customParam(
    (raw) =>
      raw === ""
        ? []
        : raw
            .split(separator)
            .map(item.parse)
            .filter((v): v is T => v !== null),
    (values: T[]) => values.map(item.serialize).join(separator),
  );

type Source = URLSearchParams | Record<string, string | string[] | undefined>;

function rawOf(source: Source, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const value = source[key];
  return Array.isArray(value) ? value[0] : value;
}

const fallback = (p: AnyParser) => ("defaultValue" in p ? p.defaultValue : null);
type LooseParser = { parse: (raw: string) => unknown; serialize: (value: unknown) => string; defaultValue?: unknown };

/** Reads every parameter of `parsers` from a URL's search params or a page's `searchParams`. */
export function loadParams<P extends UrlParsers>(parsers: P, source: Source): UrlValues<P> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(parsers)) {
    const raw = rawOf(source, key);
    out[key] = (raw === undefined ? null : p.parse(raw)) ?? fallback(p);
  }
  return out as UrlValues<P>;
}

/** The search string, without `?`, of the values that differ from their defaults. */
export function serializeParams<P extends UrlParsers>(parsers: P, values: UrlPatch<P>): string {
  const search = new URLSearchParams();
  for (const [key, p] of Object.entries(parsers) as [string, LooseParser][]) {
    const value = values[key];
    if (value === null || value === undefined) continue;
    const text = p.serialize(value);
    if ("defaultValue" in p && text === p.serialize(p.defaultValue)) continue;
    search.set(key, text);
  }
  return search.toString();
}
