import "server-only";
import { randomUUID } from "node:crypto";

type Fields = Record<string, unknown>;

// Keys whose values never reach a log line in clear (tokens, passwords, ERP technical detail is fine).
const SECRET_KEY = /token|password|secret|authorization|cookie/i;

function redact(fields: Fields): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = SECRET_KEY.test(k) ? "[redacted]" : v;
  return out;
}

function write(level: "info" | "warn" | "error", event: string, fields: Fields = {}) {
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...redact(fields) });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

/** JSON-lines logger. Every unexpected error gets a correlation id the user can quote. */
export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
  unexpected(event: string, error: unknown, fields: Fields = {}) {
    const correlationId = randomUUID().slice(0, 8);
    const detail = error instanceof Error ? { message: error.message, stack: error.stack } : { error: String(error) };
    write("error", event, { correlationId, ...fields, ...detail });
    return correlationId;
  },
};
