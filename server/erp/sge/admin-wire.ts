import "server-only";
import { z } from "zod";
import { coligada, coligadaText } from "./wire";

/** Administration: AtualizarServicoCRM (CRM services linked to courses) and ItemContabil. */

export const crmServiceSchema = z.object({
  CodColigada: coligada,
  Codigo: z.string().min(1).max(20),
  Descricao: z.string().min(1).max(120),
  ProdutoProtheus: z.string().min(1).max(15),
  Natureza: z.string().max(10).optional(),
  ItemContabil: z.string().max(20).optional(),
  ContaContabil: z.string().max(20).optional(),
  Ativo: z.boolean(),
  CodCursos: z.array(z.string().min(1)).min(1),
});

export const accountingItemSchema = z.object({
  codColigada: coligadaText,
  itemContabil: z.string().min(1).max(20),
  codFilial: z.string().max(12).nullable(),
  descricao: z.string().max(120),
  status: z.enum(["T", "F"]),
});
