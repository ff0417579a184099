/**
 * The agreements (FACORDO) of the SGE finance seed, called by seedFinance (seed-finance.ts):
 * agreement 21 (Acordo/Cancelamento's example, nothing paid) and agreement 25 (first instalment
 * paid), each with the launches it renegotiates.
 */
import { createAgreement } from "./agreement-store";
import { addDays } from "../../lib/dates";
import { findLaunch, keyFields } from "./launch-store";
import { pay, reais, SENAI_BANK, seedLaunch, titleKey, type LaunchSpec } from "./seed-launches";
import type { Sql } from "./sql";

export async function seedAgreements(sql: Sql, today: string): Promise<void> {
  const launch = (l: LaunchSpec) => seedLaunch(sql, today, l);
  const find = (idLan: number) => findLaunch(sql, 3, keyFields("IdLan", idLan, {}), null);
  // Agreement 21, IdLiquidacao "22" (Acordo/Cancelamento's example): active, nothing paid.
  await launch({ col: 3, idLan: 150, contract: 95, parcela: 1, key: "03CE0001/001/000820/1/P", due: -50 });
  await launch({ col: 3, idLan: 151, contract: 95, parcela: 2, key: "03CE0001/001/000820/2/P", due: -20 });
  await createAgreement(sql, {
    coligada: 3,
    idAcordo: 21,
    observacao: "22",
    dataAcordo: addDays(today, -15),
    valorAcordo: reais(1300),
    valorDesconto: 0,
    valorAcrescimo: reais(100),
    codCCusto: "3.03.01.03.01",
    tipoJuros: 0,
    taxaJuros: 0,
    valorJurosDia: 0,
    originals: [await find(150), await find(151)],
    instalments: [
      {
        identificador: "001",
        idLan: 152,
        ...titleKey("03CE0001/001/000821/1/P"),
        vencimento: addDays(today, 15),
        valor: reais(650),
      },
      {
        identificador: "002",
        idLan: 153,
        ...titleKey("03CE0001/001/000821/2/P"),
        vencimento: addDays(today, 45),
        valor: reais(650),
      },
    ],
  });
  // Agreement 25: active, its first instalment paid (cancellation refused until that is undone).
  await launch({ col: 3, idLan: 160, contract: 96, parcela: 1, key: "03CE0001/001/000830/1/P", due: -35 });
  await createAgreement(sql, {
    coligada: 3,
    idAcordo: 25,
    observacao: "3|CSI|DEMO|CNI500Parc1&2",
    dataAcordo: addDays(today, -30),
    valorAcordo: reais(610),
    valorDesconto: 0,
    valorAcrescimo: reais(10),
    codCCusto: "3.03.01.03.01",
    tipoJuros: 1,
    taxaJuros: 0,
    valorJurosDia: reais(0.33),
    originals: [await find(160)],
    instalments: [
      {
        identificador: "001",
        idLan: 161,
        ...titleKey("03CE0001/001/000831/1/P"),
        vencimento: addDays(today, -10),
        valor: reais(300),
      },
      {
        identificador: "002",
        idLan: 162,
        ...titleKey("03CE0001/001/000831/2/P"),
        vencimento: addDays(today, 20),
        valor: reais(310),
      },
    ],
  });
  await pay(sql, 3, 161, addDays(today, -11), SENAI_BANK);
}
