/**
 * Reading request bodies: Json.NET-lenient JSON (json.ts), the body shape the seed shows (array
 * endpoints vs single-object endpoints), and zod parsing into one pt-BR message.
 */
import type { Context } from "hono";
import type { z } from "zod";
import { badRequest } from "./envelope";
import { issueMessages } from "./fields";
import { parseSgeJson } from "./json";

async function readBody(c: Context): Promise<unknown> {
  return parseSgeJson(await c.req.text());
}

/** Array endpoints (the seed's body is `[ {...} ]`): a non-empty JSON array. */
export async function readList(c: Context): Promise<unknown[]> {
  const body = await readBody(c);
  if (!Array.isArray(body))
    throw badRequest("O corpo da requisição deve ser uma lista JSON ([ {...} ]), como no exemplo da API.");
  if (body.length === 0) throw badRequest("A lista enviada está vazia: informe ao menos um item.");
  return body;
}

/** Single-object endpoints: a JSON object, not an array. */
export async function readObject(c: Context): Promise<unknown> {
  const body = await readBody(c);
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw badRequest("O corpo da requisição deve ser um objeto JSON ({...}), não uma lista.");
  return body;
}

/** Parses one object; `item` is its index in an array body (for "Item 2: ..."), else null. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, item: number | null = null): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(issueMessages(parsed.error, item));
  return parsed.data;
}
