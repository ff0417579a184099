import { exampleBody, rows } from "./sge-client";

// Request bodies and reads the finance endpoint tests share (sge-finance, sge-settlement).

type Inclusion = { codColigada: string; xnumpro: string; contaCaixaBanco?: string; parcela: Record<string, unknown> };
export const inclusion = (parcela: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
  const [item] = exampleBody<Inclusion[]>("inclusaoLancamento");
  return [{ ...item!, ...extra, parcela: { ...item!.parcela, ...parcela } }];
};
export const settlement = (extra: Record<string, unknown>) => {
  const [item] = exampleBody<Record<string, unknown>[]>("baixaTitulo");
  const { ContaCaixa_SEMMOVIMENTACAO: _none, ...bank } = item!;
  return [{ ...bank, ...extra }];
};
export const statusOf = async (col: number, idLan: number) =>
  (
    await rows<{ statuslan: number }>("SELECT statuslan FROM flan WHERE codcoligada = $1 AND idlan = $2", [col, idLan])
  )[0]?.statuslan;
