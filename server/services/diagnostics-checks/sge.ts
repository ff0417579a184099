import "server-only";
import { z } from "zod";
import type { SgeConnectionConfig } from "@/server/env";
import { ErpError } from "@/server/erp/errors";
import { realizaConsulta } from "@/server/erp/sge/consulta";
import { SENTENCE_COLUMNS } from "@/server/erp/sge/sentences";
import { failureDetail, note, type Check, type CheckOutcome } from "./context";

/**
 * RM SGE (an alias with SGE_CONNECTIONS): the integration user, then every sentence the connection
 * names (`consulta`: every string field but `path` and `system` is a sentence code), each called
 * through RealizaConsulta with harmless sample parameters. A sentence that answers rows must carry
 * the columns the portal reads (server/erp/sge/sentences.ts, from the row schemas of the reads);
 * one that answers none is only known to be registered.
 */

/** `consulta` fields that are not sentence codes. */
const NOT_SENTENCES = new Set(["path", "system"]);

/** A CPF no person has: the person and contract sentences answer no rows for it. */
const NO_DOCUMENT = "00000000000";

/** The parameters a sentence declares, with values that read nothing sensitive (sandbox/docs/sge.md). */
function sampleParameters(key: string, coligada: number): Record<string, string | number> {
  switch (key) {
    case "responsible":
      return { CPFCNPJ: NO_DOCUMENT, CODCOLIGADA: coligada };
    case "student":
      return { CPF: NO_DOCUMENT, CODCOLIGADA: coligada };
    case "contracts":
      return { CODCOLIGADA: coligada, XNUMPRO: "", RA: "", CPFCNPJ: NO_DOCUMENT };
    case "instalments":
    case "launches":
    case "settlements":
    case "agreements":
      return { CODCOLIGADA: coligada, CODCONTRATO: 0 };
    default:
      return { CODCOLIGADA: coligada };
  }
}

/** The configured sentences: `[key, code]` for every sentence field of `consulta`. */
export function sentencesOf(connection: SgeConnectionConfig): [string, string][] {
  return Object.entries(connection.consulta).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !NOT_SENTENCES.has(entry[0]),
  );
}

/** The columns the portal reads from each sentence (RM's names, upper case); none known for a key added later. */
const EXPECTED_COLUMNS: Partial<Record<string, readonly string[]>> = SENTENCE_COLUMNS;

const firstColigada = (c: SgeConnectionConfig) => c.coligadas[0]?.code ?? c.consulta.coligada;

/** A sentence's rows; an answer that is not an array is an `invalid_response` ErpError (the shared HTTP core). */
const callSentence = (connection: SgeConnectionConfig, key: string, code: string) =>
  realizaConsulta(connection, code, sampleParameters(key, firstColigada(connection)), z.unknown());

const isAuthRefusal = (error: unknown) =>
  error instanceof ErpError && (error.status === 401 || error.code === "sge.integration_user");

/** The integration user: a RealizaConsulta call answers (anything but 401; a missing sentence is the sentences' rows). */
export function sgeAuthCheck(connection: SgeConnectionConfig): Check {
  const [first] = sentencesOf(connection);
  return {
    id: "sgeAuth",
    check: "sgeAuth",
    fixOnError: note("sgeUnreachable"),
    async run(ctx) {
      if (!first) return { status: "skipped" };
      try {
        await callSentence(connection, first[0], first[1]);
        return { status: "ok", detail: note("sgeAuthOk") };
      } catch (error) {
        if (isAuthRefusal(error))
          return { status: "failed", detail: note("sgeAuthRefused"), fix: note("sgeAuth", { alias: ctx.alias }) };
        // RM answered (a missing sentence, a parameter it wants): the user got through.
        if (error instanceof ErpError && error.status !== null && error.status < 500)
          return { status: "ok", detail: note("sgeAuthOk") };
        return { status: "failed", detail: failureDetail(error), fix: note("sgeUnreachable", { alias: ctx.alias }) };
      }
    },
  };
}

function sentenceOutcome(rows: unknown[], key: string, code: string): CheckOutcome {
  if (rows.length === 0) return { status: "ok", detail: note("sentenceEmpty") };
  const expected = EXPECTED_COLUMNS[key];
  if (!expected) return { status: "ok", detail: note("sentenceAnswered", { rows: rows.length }) };
  const first = rows[0];
  const columns = new Set(
    first && typeof first === "object" && !Array.isArray(first) ? Object.keys(first).map((k) => k.toUpperCase()) : [],
  );
  const missing = expected.filter((c) => !columns.has(c));
  return missing.length === 0
    ? { status: "ok", detail: note("sentenceOk", { rows: rows.length }) }
    : {
        status: "failed",
        detail: note("sentenceColumns", { columns: missing.join(", ") }),
        fix: note("sentenceColumns", { code }),
      };
}

/** One row per configured sentence: registered, answering an array, with the expected columns. */
export function sgeSentenceChecks(connection: SgeConnectionConfig): Check[] {
  const { coligada, system } = connection.consulta;
  return sentencesOf(connection).map(([key, code]) => ({
    id: `sgeSentence:${key}`,
    check: "sgeSentence",
    subject: code,
    needs: [{ id: "sgeAuth", skipped: "needsSgeAuth" }],
    fixOnError: note("sentenceFailed", { code }),
    async run(ctx) {
      try {
        return sentenceOutcome(await callSentence(connection, key, code), key, code);
      } catch (error) {
        if (error instanceof ErpError && error.kind === "invalid_response")
          return {
            status: "failed",
            detail: note("sentenceNotArray", { code }),
            fix: note("sentenceColumns", { code }),
          };
        if (error instanceof ErpError && error.status === 404)
          return {
            status: "failed",
            detail: note("sentenceMissing", { code, coligada, system }),
            fix: note("sentenceRegister", { code, coligada, system, alias: ctx.alias, key }),
          };
        return { status: "failed", detail: failureDetail(error), fix: note("sentenceFailed", { code }) };
      }
    },
  }));
}
