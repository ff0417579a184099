import { beforeEach, describe, expect, it } from "vitest";
import {
  admin,
  boletoEnrolment,
  enrolmentExample,
  expectSgeError as expectError,
  rows,
  sge,
  type EnrolmentBody,
} from "./sge-client";

/** Rules of RealizarMatricula (sandbox/docs/sge.md). */

const withCard = (card: Record<string, unknown>, contract: Record<string, unknown> = {}): EnrolmentBody => {
  const body = enrolmentExample();
  return {
    ...body,
    Contrato: { ...body.Contrato, ...contract, DadosCartao: { ...body.Contrato.DadosCartao, ...card } },
  };
};

describe("RealizarMatricula", () => {
  beforeEach(() => admin.reset());

  it("the references must exist and belong together", async () => {
    await expectError(
      await sge("realizarMatricula", { ...enrolmentExample(), RA: "0000009999" }),
      404,
      /^Aluno com RA 0000009999 não encontrado na coligada 3 \(campo RA\)/,
    );
    await expectError(
      await sge("realizarMatricula", { ...enrolmentExample(), Turma: "11|TEC.999.999" }),
      404,
      "Turma 11|TEC.999.999 não encontrada na coligada 3 (campo Turma).",
    );
    await expectError(
      await sge("realizarMatricula", { ...enrolmentExample(), IdMatrizAplicada: "3|4" }),
      400,
      /^Campo Turma inválido: a turma 11\|TEC\.001\.017 não pertence à matriz aplicada 3\|4/,
    );
    await expectError(
      await sge("realizarMatricula", { ...enrolmentExample(), IdMatrizAplicada: "2|22" }),
      400,
      /^Campo IdMatrizAplicada inválido/,
    );
    await expectError(
      await sge("realizarMatricula", { ...enrolmentExample(), Turma: "TEC.001.017" }),
      400,
      'Campo Turma inválido: "TEC.001.017" deve ser "<IdPerlet>|<CodTurma>" (ex.: "11|TEC.001.017").',
    );
    const body = enrolmentExample();
    await expectError(
      await sge("realizarMatricula", { ...body, Contrato: { ...body.Contrato, CodCFO: "9999999990001" } }),
      404,
      /^Responsável financeiro 9999999990001 não encontrado na coligada 0 \(global\)/,
    );
    await expectError(
      await sge("realizarMatricula", { ...body, Contrato: { ...body.Contrato, CodColCfo: 3 } }),
      404,
      /^Responsável financeiro 0564404200001 não encontrado na coligada 3/,
    );
  });

  it("a class without vacancy and a student already in the class are conflicts (409)", async () => {
    await expectError(
      await sge("realizarMatricula", { ...enrolmentExample(), Turma: "11|TEC.001.018" }),
      409,
      "A turma 11|TEC.001.018 não tem vagas disponíveis (3 de 3 ocupadas).",
    );
    await expectError(
      await sge("realizarMatricula", { ...enrolmentExample(), Turma: "11|TEC.001.016" }),
      409,
      "O aluno 0000000382 já está matriculado na turma 11|TEC.001.016 (contrato SGE3F20C91).",
    );
    expect((await sge("realizarMatricula", enrolmentExample())).status).toBe(200);
    await expectError(
      await sge("realizarMatricula", enrolmentExample()),
      409,
      "O aluno 0000000382 já está matriculado na turma 11|TEC.001.017 (contrato SGE3F20C100).",
    );
  });

  it("e-commerce: one instalment, card data required and consistent; card data only with e-commerce", async () => {
    await expectError(
      await sge("realizarMatricula", withCard({}, { QuantidadeParc: 2 })),
      400,
      /^Campo Contrato\.QuantidadeParc deve ser 1 no pagamento por e-commerce/,
    );
    const body = enrolmentExample();
    const { DadosCartao: _card, ...noCard } = body.Contrato;
    await expectError(
      await sge("realizarMatricula", { ...body, Contrato: noCard }),
      400,
      'Campo Contrato.DadosCartao é obrigatório no pagamento por e-commerce (Contrato.Ecommerce = "Sim").',
    );
    await expectError(
      await sge("realizarMatricula", withCard({}, { Ecommerce: "Não" })),
      400,
      /^Campo Contrato\.DadosCartao só deve ser enviado para pagamento por e-commerce/,
    );
    await expectError(
      await sge("realizarMatricula", withCard({ ValorTotalCartao: 239.99 })),
      400,
      /^Campo Contrato\.DadosCartao\.ValorTotalCartao \(239\.99\) deve ser igual a ValorTotal menos os descontos \(240\.00\)/,
    );
    await expectError(
      await sge("realizarMatricula", withCard({ ParcelasCartao: 13 })),
      400,
      "Campo Contrato.DadosCartao.ParcelasCartao inválido: de 1 a 12 parcelas no cartão.",
    );
    await expectError(
      await sge("realizarMatricula", withCard({ MeioPagamento: "Pix" })),
      400,
      'Campo Contrato.DadosCartao.MeioPagamento inválido: use "Crédito" ou "Débito".',
    );
    // With a discount the card total is the net value.
    const net = await sge(
      "realizarMatricula",
      withCard({ ValorTotalCartao: 216 }, { DescontoAdicional: 24, MotivoDesconto: "Campanha" }),
    );
    expect(net.status, net.body.Message).toBe(200);
    expect(await rows("SELECT count(*)::int AS n FROM sparcela WHERE codcoligada = 3 AND codcontrato = 100")).toEqual([
      { n: 1 },
    ]);
  });

  it("discounts need a reason and cannot exceed the total", async () => {
    await expectError(
      await sge("realizarMatricula", boletoEnrolment(2, {}, { DescontoInstitucional: 10 })),
      400,
      "Campo Contrato.MotivoDesconto é obrigatório quando há desconto institucional ou adicional.",
    );
    await expectError(
      await sge(
        "realizarMatricula",
        boletoEnrolment(2, {}, { DescontoInstitucional: 200, DescontoAdicional: 40.01, MotivoDesconto: "x" }),
      ),
      400,
      "Campos Contrato.DescontoInstitucional + Contrato.DescontoAdicional (240.01) não podem ser maiores que Contrato.ValorTotal (240.00).",
    );
  });

  it("rejects enums, dates and numbers out of their domain", async () => {
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [{ CondicaoAluno: 4 }, {}, "Campo CondicaoAluno inválido: valores possíveis 0, 1, 2 ou 3."],
      [{ CodFinSCAE: 5 }, {}, "Campo CodFinSCAE inválido: valores possíveis 0, 1, 2 ou 3."],
      [{ Articulacao: 0 }, {}, "Campo Articulacao inválido: valores possíveis 1, 2 ou 3."],
      [{ DataMatricula: "31/02/2022" }, {}, 'Campo DataMatricula inválido: "31/02/2022" não é uma data dd/mm/aaaa.'],
      [
        {},
        { DataVencimento: "2022-06-20" },
        'Campo Contrato.DataVencimento inválido: "2022-06-20" não é uma data dd/mm/aaaa.',
      ],
      [{}, { DiaVencimento: 32 }, "Campo Contrato.DiaVencimento inválido: dia de 1 a 31."],
      [
        {},
        { FormaPagtoPrimeiraParc: "PIX" },
        "Campo Contrato.FormaPagtoPrimeiraParc inválido: valores possíveis BOL, CAC, CAR ou ESP.",
      ],
      [{}, { ReceberBoletoEmail: "Talvez" }, 'Campo Contrato.ReceberBoletoEmail inválido: use "Sim" ou "Não".'],
      [{}, { ValorTotal: 240.001 }, "Campo Contrato.ValorTotal aceita no máximo 2 casas decimais."],
      [{}, { ValorTotal: -1 }, "Campo Contrato.ValorTotal não pode ser negativo."],
      [
        {},
        { QuantidadeParc: 13 },
        "Campo Contrato.QuantidadeParc inválido: a oferta 3|22 permite no máximo 12 parcelas.",
      ],
      [{ RA: undefined }, { CodCFO: undefined }, "Campo RA é obrigatório; campo Contrato.CodCFO é obrigatório."],
      [{ CodColigada: 1 }, {}, "Campo CodColigada inválido: valores possíveis 2 (SESI) ou 3 (SENAI)."],
    ];
    for (const [extra, contract, message] of cases)
      await expectError(await sge("realizarMatricula", boletoEnrolment(1, extra, contract)), 400, message);
    expect(await rows("SELECT count(*)::int AS n FROM scontrato WHERE codcoligada = 3 AND codcontrato >= 100")).toEqual(
      [{ n: 0 }],
    );
  });

  it("Disciplinas: listed subjects must belong to the class; only those are enrolled", async () => {
    await expectError(
      await sge("realizarMatricula", boletoEnrolment(1, { Disciplinas: ["MEC001", "ELE001"] })),
      400,
      /^Campo Disciplinas inválido: ELE001 não pertence\(m\) à turma TEC\.001\.017/,
    );
    expect((await sge("realizarMatricula", boletoEnrolment(1, { Disciplinas: ["MEC002", "MEC001"] }))).status).toBe(
      200,
    );
    expect(
      await rows("SELECT coddisc FROM smatricula WHERE codcoligada = 3 AND codcontrato = 100 ORDER BY coddisc"),
    ).toEqual([{ coddisc: "MEC001" }, { coddisc: "MEC002" }]);
  });

  it("instalments: first on DataVencimento, then day DiaVencimento (clamped) of the months after the class start; remainders on the last", async () => {
    const body = boletoEnrolment(
      3,
      {},
      {
        ValorTotal: 1000,
        DescontoInstitucional: 100,
        MotivoDesconto: "Convênio",
        DiaVencimento: 31,
        DataVencimento: "20/06/2022",
      },
    );
    const res = await sge<{ Matricula: { XNumPro: string } }>("realizarMatricula", body);
    expect(res.status, res.body.Message).toBe(200);
    const [klass] = await rows<{ dtinicial: string }>(
      "SELECT dtinicial FROM sturma WHERE codcoligada = 3 AND codturma = 'TEC.001.017'",
    );
    const dueOn31st = (monthsAfter: number) => {
      const [y, m] = klass!.dtinicial.split("-").map(Number) as [number, number];
      const month = new Date(Date.UTC(y, m - 1 + monthsAfter, 1));
      const last = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
      return `${month.toISOString().slice(0, 8)}${String(Math.min(31, last)).padStart(2, "0")}`;
    };
    expect(
      await rows(
        "SELECT parcela, dtvencimento, valor, valorbolsainst, codbolsainst, formapagto FROM sparcela WHERE codcoligada = 3 AND codcontrato = 100 ORDER BY parcela",
      ),
    ).toEqual([
      {
        parcela: 1,
        dtvencimento: "2022-06-20",
        valor: "333.33",
        valorbolsainst: "33.33",
        codbolsainst: 1,
        formapagto: "BOL",
      },
      {
        parcela: 2,
        dtvencimento: dueOn31st(1),
        valor: "333.33",
        valorbolsainst: "33.33",
        codbolsainst: 1,
        formapagto: "BOL",
      },
      {
        parcela: 3,
        dtvencimento: dueOn31st(2),
        valor: "333.34",
        valorbolsainst: "33.34",
        codbolsainst: 1,
        formapagto: "BOL",
      },
    ]);
    expect(
      await rows(
        "SELECT valorliquido FROM zintsfdadoscontratoparcela WHERE codcoligada = 3 AND codcontrato = 100 ORDER BY parcela",
      ),
    ).toEqual([{ valorliquido: "300.00" }, { valorliquido: "300.00" }, { valorliquido: "300.00" }]);
    expect(
      await rows("SELECT xnumpro, status, qtdparcelas FROM scontrato WHERE codcoligada = 3 AND codcontrato = 100"),
    ).toEqual([{ xnumpro: "SGE3F20C100", status: "Vigente", qtdparcelas: 3 }]);
    expect(
      await rows(
        "SELECT count(*)::int AS n FROM shabilitacaoaluno WHERE codcoligada = 3 AND ra = '0000000382' AND idhabilitacaofilial = 22",
      ),
    ).toEqual([{ n: 2 }]);
  });
});
