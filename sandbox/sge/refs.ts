/**
 * The "<id>|<code>" references of the FIEC payloads: `IdMatrizAplicada` = "<coligada>|<matriz>"
 * ("3|22"; GravarAluno's example sends the bare 4, accepted too) and `Turma` =
 * "<IdPerlet>|<CodTurma>" ("11|TEC.001.017").
 */
import { z } from "zod";
import { badRequest } from "./envelope";
import { required } from "./fields";

type MatrixRef = { coligada: number | null; id: number };

export const matrixRef = () =>
  required(
    z
      .union([z.number(), z.string()], {
        error: (i) => (i.input === undefined ? "é obrigatório" : 'deve ser "<coligada>|<id>" ou o número da matriz'),
      })
      .transform((v, ctx): MatrixRef => {
        const text = String(v).trim();
        const pair = /^(\d+)\|(\d+)$/.exec(text);
        if (pair) return { coligada: Number(pair[1]), id: Number(pair[2]) };
        if (/^\d+$/.test(text)) return { coligada: null, id: Number(text) };
        ctx.addIssue({
          code: "custom",
          message: `inválido: "${text}" deve ser "<coligada>|<id da matriz aplicada>" (ex.: "3|22")`,
        });
        return { coligada: null, id: 0 };
      }),
  );

/** The matrix id, once its coligada part (when sent) agrees with CodColigada. */
export function resolveMatrixRef(ref: MatrixRef, coligada: number): number {
  if (ref.coligada !== null && ref.coligada !== coligada) {
    throw badRequest(
      `Campo IdMatrizAplicada inválido: "${ref.coligada}|${ref.id}" é da coligada ${ref.coligada}, mas CodColigada é ${coligada}.`,
    );
  }
  return ref.id;
}

type ClassRef = { idPerlet: number; codTurma: string };

export const classRef = () =>
  required(
    z
      .string({ error: (i) => (i.input === undefined ? "é obrigatório" : 'deve ser texto "<IdPerlet>|<CodTurma>"') })
      .transform((v, ctx): ClassRef => {
        const pair = /^(\d+)\|(.+)$/.exec(v.trim());
        if (pair) return { idPerlet: Number(pair[1]), codTurma: pair[2]!.trim() };
        ctx.addIssue({
          code: "custom",
          message: `inválido: "${v}" deve ser "<IdPerlet>|<CodTurma>" (ex.: "11|TEC.001.017")`,
        });
        return { idPerlet: 0, codTurma: "" };
      }),
  );
