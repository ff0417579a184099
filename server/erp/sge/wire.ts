import "server-only";
import { z } from "zod";

/**
 * What every SGE wire schema shares (../shared/seeds/sge-enrolment-api.txt): dates, coligadas,
 * amounts, a Protheus title's key, RM's answer envelope. The endpoint families have their own files
 * (people-wire, enrolment-wire, finance-wire, admin-wire, pj; the reads through RealizaConsulta:
 * consulta, people, catalogue-consulta, contracts-consulta). Requests
 * are parsed before they leave, so a malformed body fails here and never reaches RM; answers are
 * parsed on arrival. Field names exactly as the seed writes them.
 */

/** `dd/mm/yyyy`, what SGE's POST bodies carry. */
export const brDate = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, "dd/mm/yyyy");
/** `yyyy-mm-dd`, what the agreement endpoint carries. */
export const isoDate = z.iso.date();
/** RM's CODCOLIGADA (which ones the alias uses is configuration: `SGE_CONNECTIONS.<alias>.coligadas`). */
export const coligada = z.number().int().positive();
/** Finance endpoints send the coligada as a string ("3"). */
export const coligadaText = z.string().regex(/^\d+$/);
export const digits = (max: number) => z.string().regex(/^\d*$/, "digits only").max(max);
export const money = z.number().nonnegative().multipleOf(0.01);
export const payment = z.enum(["BOL", "CAC", "CAR", "ESP"]);
export const yesNo = z.enum(["Sim", "Não"]);

export const titleKeySchema = z.object({
  Filial: z.string().min(1).max(12),
  Prefixo: z.string().max(3),
  Num: z.string().min(1).max(9),
  Parcela: z.string().max(3),
  Tipo: z.string().min(1).max(3),
});
export type TitleKey = z.infer<typeof titleKeySchema>;

export const okSchema = z.object({ Message: z.string(), Status: z.string(), StatusCode: z.coerce.number().optional() });
