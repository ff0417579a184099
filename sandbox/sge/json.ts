/**
 * Request bodies as RM's ASP.NET Web API (Json.NET) reads them. Json.NET is lenient where
 * JSON.parse is not: an integer literal with leading zeros (`"Cod_Loja": 0001`, the seed's
 * RealizarMatricula example) is read as 1, and any Unicode white space between tokens is skipped. Everything else that JSON.parse refuses (the seed's
 * malformed AtualizarServicoCRM example) is a 400 with the parser's detail.
 */
import { SgeError } from "./envelope";

/**
 * Outside strings: strips leading zeros of number literals (`0001` → `1`, `-007.5` → `-7.5`) and
 * turns Unicode white space into plain spaces.
 */
function relaxJsonNet(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === "\\") out += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    // .NET's char.IsWhiteSpace: a no-break space between tokens (the seed's examples are full of
    // them, pasted from a web page) is whitespace to Json.NET, an error to JSON.parse.
    if (/\s/.test(ch)) {
      out += ch === "\n" || ch === "\r" || ch === "\t" ? ch : " ";
      continue;
    }
    const match = /^(-?)0+(?=\d)/.exec(text.slice(i, i + 64));
    if (match && !/[\w.]/.test(text[i - 1] ?? "")) {
      out += match[1];
      i += match[0].length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

export function parseSgeJson(text: string): unknown {
  if (text.trim() === "") throw new SgeError(400, "O corpo da requisição está vazio: envie um JSON.");
  try {
    return JSON.parse(relaxJsonNet(text)) as unknown;
  } catch (err) {
    throw new SgeError(400, `O conteúdo da requisição não é um JSON válido: ${(err as Error).message}`);
  }
}
