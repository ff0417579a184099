/**
 * The `filter` query parameter of the PGV collections: the OData-like subset Protheus REST 2.0
 * turns into a SQL WHERE (FWAdapterBaseV2 `SetWhere`/OData filter, TDN "API REST - filtros").
 * Grammar accepted (anything else is a FilterError, answered with 400):
 *
 *   expr       := and ("or" and)*
 *   and        := primary ("and" primary)*
 *   primary    := "(" expr ")" | function | comparison
 *   function   := ("contains" | "startswith") "(" field "," string ")"
 *   comparison := field ("eq"|"ne"|"gt"|"ge"|"lt"|"le") literal
 *   literal    := string ('it''s': '' escapes a quote) | number | "true" | "false"
 *
 * Keywords are case-insensitive (Protheus upper-cases the expression); field names are resolved
 * later against the entity's allow-list. This module knows nothing about SQL.
 */

export class FilterError extends Error {
  constructor(
    /** User-safe, Portuguese (goes to `message` of the TOTVS envelope). */
    message: string,
    /** Technical detail (goes to `detailedMessage`). */
    readonly detail: string,
  ) {
    super(message);
  }
}

export type CompareOp = "eq" | "ne" | "gt" | "ge" | "lt" | "le";
type FilterFunction = "contains" | "startswith";
export type FilterLiteral =
  { type: "string"; value: string } | { type: "number"; value: number } | { type: "boolean"; value: boolean };

export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "compare"; field: string; op: CompareOp; value: FilterLiteral }
  | { kind: "function"; name: FilterFunction; field: string; value: string };

type Token =
  | { t: "(" | ")" | ","; at: number }
  | { t: "ident"; value: string; at: number }
  | { t: "string"; value: string; at: number }
  | { t: "number"; value: number; at: number };

const COMPARE_OPS: readonly string[] = ["eq", "ne", "gt", "ge", "lt", "le"];
const FUNCTIONS: readonly string[] = ["contains", "startswith"];
/** Limits against pathological input (a filter is a short, machine-built expression). */
const MAX_LENGTH = 2000;
const MAX_TERMS = 50;
const MAX_DEPTH = 10;

const invalid = (detail: string) => new FilterError(`Filtro inválido: ${detail}`, `Invalid filter: ${detail}`);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ t: ch, at: i++ });
    } else if (ch === "'") {
      const start = i++;
      let value = "";
      for (;;) {
        if (i >= input.length) throw invalid(`texto sem aspa de fechamento na posição ${start + 1}`);
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += input[i++];
      }
      tokens.push({ t: "string", value, at: start });
    } else {
      const number = /^-?\d+(\.\d+)?(?![\w.])/.exec(input.slice(i));
      const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(input.slice(i));
      if (number) {
        tokens.push({ t: "number", value: Number(number[0]), at: i });
        i += number[0].length;
      } else if (ident) {
        tokens.push({ t: "ident", value: ident[0], at: i });
        i += ident[0].length;
      } else {
        throw invalid(`caractere inesperado "${ch}" na posição ${i + 1}`);
      }
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  private terms = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.expression(0);
    const extra = this.tokens[this.pos];
    if (extra) throw invalid(`conteúdo inesperado na posição ${extra.at + 1}`);
    return node;
  }

  private peekKeyword(word: string): boolean {
    const tok = this.tokens[this.pos];
    return tok?.t === "ident" && tok.value.toLowerCase() === word;
  }

  private expect<T extends Token["t"]>(type: T, what: string): Extract<Token, { t: T }> {
    const tok = this.tokens[this.pos];
    if (!tok || tok.t !== type)
      throw invalid(`esperado ${what}${tok ? ` na posição ${tok.at + 1}` : " no fim do filtro"}`);
    this.pos++;
    return tok as Extract<Token, { t: T }>;
  }

  private expression(depth: number): FilterNode {
    let left = this.conjunction(depth);
    while (this.peekKeyword("or")) {
      this.pos++;
      left = { kind: "or", left, right: this.conjunction(depth) };
    }
    return left;
  }

  private conjunction(depth: number): FilterNode {
    let left = this.primary(depth);
    while (this.peekKeyword("and")) {
      this.pos++;
      left = { kind: "and", left, right: this.primary(depth) };
    }
    return left;
  }

  private primary(depth: number): FilterNode {
    if (++this.terms > MAX_TERMS) throw invalid(`mais de ${MAX_TERMS} condições`);
    const tok = this.tokens[this.pos];
    if (tok?.t === "(") {
      if (depth >= MAX_DEPTH) throw invalid(`mais de ${MAX_DEPTH} níveis de parênteses`);
      this.pos++;
      const inner = this.expression(depth + 1);
      this.expect(")", '")"');
      return inner;
    }
    const name = this.expect("ident", "um campo");
    const lower = name.value.toLowerCase();
    if (FUNCTIONS.includes(lower) && this.tokens[this.pos]?.t === "(") {
      this.pos++;
      const field = this.expect("ident", "um campo");
      this.expect(",", '","');
      const value = this.expect("string", "um texto entre aspas simples");
      this.expect(")", '")"');
      return { kind: "function", name: lower as FilterFunction, field: field.value, value: value.value };
    }
    const op = this.tokens[this.pos];
    if (op?.t !== "ident" || !COMPARE_OPS.includes(op.value.toLowerCase())) {
      throw invalid(
        `operador não suportado${op ? ` na posição ${op.at + 1}` : " no fim do filtro"} (use eq, ne, gt, ge, lt, le, contains ou startswith)`,
      );
    }
    this.pos++;
    return { kind: "compare", field: name.value, op: op.value.toLowerCase() as CompareOp, value: this.literal() };
  }

  private literal(): FilterLiteral {
    const tok = this.tokens[this.pos];
    if (tok?.t === "string" || tok?.t === "number") {
      this.pos++;
      return tok.t === "string" ? { type: "string", value: tok.value } : { type: "number", value: tok.value };
    }
    if (tok?.t === "ident" && ["true", "false"].includes(tok.value.toLowerCase())) {
      this.pos++;
      return { type: "boolean", value: tok.value.toLowerCase() === "true" };
    }
    throw invalid(
      `esperado um valor (texto entre aspas simples, número, true ou false)${tok ? ` na posição ${tok.at + 1}` : " no fim do filtro"}`,
    );
  }
}

/** Parses a filter expression; throws FilterError on anything outside the grammar above. */
export function parseFilter(input: string): FilterNode {
  if (input.length > MAX_LENGTH) throw invalid(`mais de ${MAX_LENGTH} caracteres`);
  const tokens = tokenize(input);
  if (tokens.length === 0) throw invalid("expressão vazia");
  return new Parser(tokens).parse();
}
