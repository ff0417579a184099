/**
 * AtualizarServicoCRM (ZINTSFSERVICOCRM + the course attachment) and ItemContabil
 * (ZINTPROTHEUSITEMCONTABILPROTHEUS). Both take an array; each request is all-or-nothing: every
 * item is parsed and checked before anything is written, and one answer lists every item's line.
 */
import type { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "../context";
import { parseWith, readList } from "./body";
import { badRequest, inItem, notFound, sgeSuccess } from "./envelope";
import { coligada, enrolmentColigada, list, optional, optionalText, record, text } from "./fields";
import { firstRow, insertRow, updateRow, type Sql } from "./sql";

const SERVICE_PATH = "/api/TOTVSCustomizacao/IntegracaoSALESFORCE/AtualizarServicoCRM";
const ITEM_PATH = "/api/TOTVSCustomizacao/CstIntegracaoProtheus/ItemContabil";

const serviceSchema = record({
  CodColigada: enrolmentColigada(),
  Codigo: text(20),
  Descricao: optionalText(100),
  ProdutoProtheus: text(15),
  Natureza: optionalText(10),
  ItemContabil: optionalText(20),
  ContaContabil: optionalText(20),
  Ativo: optional(z.boolean({ error: "deve ser true ou false" })),
  CodCursos: optional(list(text(20))),
  // The field list of the seed says "CodCurso"; its example sends "CodCursos". Both are read.
  CodCurso: optional(list(text(20))),
});

const itemSchema = record({
  codColigada: coligada(),
  itemContabil: text(20),
  codFilial: optionalText(10),
  descricao: optionalText(100),
  status: optional(
    text(1)
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(["T", "F"], { error: "inválido: use T (ativo) ou F (inativo)" })),
  ),
});

type Service = z.output<typeof serviceSchema>;

export function registerServiceRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.post(SERVICE_PATH, async (c) => {
    const items = (await readList(c)).map((v, i) => parseWith(serviceSchema, v, i));
    rejectRepeated(
      items.map((s) => `${s.CodColigada}|${s.Codigo}`),
      "Codigo",
    );
    const message = await state.db.transaction(async (tx) => {
      for (const [i, s] of items.entries()) await checkService(tx, s, i);
      let lines = "";
      for (const s of items) lines += await saveService(tx, s);
      return lines;
    });
    return sgeSuccess(c, message);
  });

  rm.post(ITEM_PATH, async (c) => {
    const items = (await readList(c)).map((v, i) => parseWith(itemSchema, v, i));
    rejectRepeated(
      items.map((s) => `${s.codColigada}|${s.itemContabil}`),
      "itemContabil",
    );
    const message = await state.db.transaction(async (tx) => {
      let lines = "";
      for (const item of items) {
        const key = { CODCOLIGADA: item.codColigada, ITEMCONTABIL: item.itemContabil };
        const exists = await firstRow(
          tx,
          "SELECT 1 FROM ZINTPROTHEUSITEMCONTABILPROTHEUS WHERE CODCOLIGADA = $1 AND ITEMCONTABIL = $2 AND D_E_L_E_T_ = ' '",
          [item.codColigada, item.itemContabil],
        );
        if (exists) {
          await updateRow(tx, "ZINTPROTHEUSITEMCONTABILPROTHEUS", key, {
            CODFILIAL: item.codFilial,
            DESCRICAO: item.descricao,
            STATUS: item.status,
          });
          lines += `Sucesso ao alterar o item ${item.itemContabil}\r\n`;
        } else {
          await insertRow(tx, "ZINTPROTHEUSITEMCONTABILPROTHEUS", {
            ...key,
            CODFILIAL: item.codFilial,
            DESCRICAO: item.descricao ?? "",
            STATUS: item.status ?? "T",
          });
          lines += `Sucesso ao criar o item ${item.itemContabil}\r\n`;
        }
      }
      return lines;
    });
    return sgeSuccess(c, message);
  });
}

function rejectRepeated(keys: string[], field: string): void {
  const index = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (index >= 0)
    throw badRequest(
      inItem(index, `campo ${field} repetido na lista (${keys[index]!.split("|")[1]}): envie cada registro uma vez.`),
    );
}

async function checkService(sql: Sql, s: Service, item: number): Promise<void> {
  for (const course of [...(s.CodCursos ?? []), ...(s.CodCurso ?? [])]) {
    const found = await firstRow(
      sql,
      "SELECT 1 FROM SCURSO WHERE CODCOLIGADA = $1 AND CODCURSO = $2 AND D_E_L_E_T_ = ' '",
      [s.CodColigada, course],
    );
    if (!found)
      throw notFound(inItem(item, `curso ${course} não encontrado na coligada ${s.CodColigada} (campo CodCursos).`));
  }
  if (s.ItemContabil) {
    const found = await firstRow(
      sql,
      "SELECT 1 FROM ZINTPROTHEUSITEMCONTABILPROTHEUS WHERE CODCOLIGADA = $1 AND ITEMCONTABIL = $2 AND D_E_L_E_T_ = ' '",
      [s.CodColigada, s.ItemContabil],
    );
    if (!found)
      throw notFound(
        inItem(
          item,
          `item contábil ${s.ItemContabil} não encontrado na coligada ${s.CodColigada} (campo ItemContabil): cadastre-o antes (ItemContabil).`,
        ),
      );
  }
}

/** Existing service: only its status changes (the seed: "será permitido alterar o status"). */
async function saveService(sql: Sql, s: Service): Promise<string> {
  const key = { CODCOLIGADA: s.CodColigada, CODIGO: s.Codigo };
  const exists = await firstRow(
    sql,
    "SELECT 1 FROM ZINTSFSERVICOCRM WHERE CODCOLIGADA = $1 AND CODIGO = $2 AND D_E_L_E_T_ = ' '",
    [s.CodColigada, s.Codigo],
  );
  if (exists) {
    await updateRow(sql, "ZINTSFSERVICOCRM", key, { ATIVO: s.Ativo === undefined ? undefined : s.Ativo ? "T" : "F" });
    return "Serviço atualizado com sucesso!\r\n";
  }
  await insertRow(sql, "ZINTSFSERVICOCRM", {
    ...key,
    DESCRICAO: s.Descricao ?? "",
    PRODUTOPROTHEUS: s.ProdutoProtheus,
    NATUREZA: s.Natureza ?? "",
    ITEMCONTABIL: s.ItemContabil ?? "",
    CONTACONTABIL: s.ContaContabil ?? "",
    ATIVO: s.Ativo === false ? "F" : "T",
  });
  for (const course of new Set([...(s.CodCursos ?? []), ...(s.CodCurso ?? [])])) {
    await insertRow(sql, "ZINTSFSERVICOCRMCURSO", {
      CODCOLIGADA: s.CodColigada,
      CODSERVICO: s.Codigo,
      CODCURSO: course,
    });
  }
  return "Serviço incluído com sucesso!\r\n";
}
