/**
 * The classes (STURMA) of the SGE reference data and their subjects (STURMADISC), seeded by
 * seedReference (seed-reference.ts). Class dates are relative to the business date; the seed's
 * examples use classes 11|TEC.001.017 and 4|APB.001.001.
 */
import { setCounter } from "./counters";
import { addDays, addMonths } from "../../lib/dates";
import { insertRow, type Sql } from "./sql";

/** Classes: start offset in days from the business date; end = start + months − 1 day, or days. */
export const classes = [
  {
    col: 3,
    perlet: 11,
    cod: "TEC.001.017",
    nome: "Técnico em Mecânica - Noite - T17",
    filial: 20,
    matriz: 22,
    turno: "Noite",
    start: 21,
    months: 4,
    vagas: 30,
    disc: ["MEC001", "MEC002", "MEC003", "MEC004"],
  },
  {
    col: 3,
    perlet: 11,
    cod: "TEC.001.016",
    nome: "Técnico em Mecânica - Manhã - T16",
    filial: 20,
    matriz: 22,
    turno: "Manhã",
    start: -30,
    months: 6,
    vagas: 25,
    disc: ["MEC001", "MEC002", "MEC003", "MEC004"],
  },
  {
    col: 3,
    perlet: 11,
    cod: "TEC.001.018",
    nome: "Técnico em Mecânica - Tarde - T18",
    filial: 20,
    matriz: 22,
    turno: "Tarde",
    start: 28,
    months: 4,
    vagas: 3,
    disc: ["MEC001", "MEC002", "MEC003", "MEC004"],
  },
  {
    col: 3,
    perlet: 4,
    cod: "APB.001.001",
    nome: "Aprendizagem em Mecânica de Usinagem - Manhã",
    filial: 20,
    matriz: 4,
    turno: "Manhã",
    start: 30,
    months: 2,
    vagas: 20,
    disc: ["APR001", "APR002", "APR003"],
  },
  {
    col: 3,
    perlet: 12,
    cod: "TEC.002.001",
    nome: "Técnico em Eletrotécnica - Noite",
    filial: 21,
    matriz: 23,
    turno: "Noite",
    start: 14,
    months: 6,
    vagas: 30,
    disc: ["ELE001", "ELE002", "ELE003"],
  },
  {
    col: 2,
    perlet: 21,
    cod: "EJA.001.001",
    nome: "EJA Ensino Médio - Noite",
    filial: 10,
    matriz: 5,
    turno: "Noite",
    start: -20,
    months: 6,
    vagas: 40,
    disc: ["EJA001", "EJA002", "EJA003"],
  },
  {
    col: 2,
    perlet: 22,
    cod: "INF.001.001",
    nome: "Informática Básica - Sábado",
    filial: 11,
    matriz: 6,
    turno: "Sábado",
    start: 10,
    months: 2,
    vagas: 15,
    disc: ["INF001", "INF002"],
  },
] as const;

type ClassDates = { start: string; end: string };

/** Dates of a seeded class for the business date `today` (ISO). */
export function classDates(klass: (typeof classes)[number], today: string): ClassDates {
  const start = addDays(today, klass.start);
  return { start, end: addDays(addMonths(start, klass.months), -1) };
}

/** STURMA rows and their STURMADISC ones (IDTURMADISC numbered per coligada, its counter set after). */
export async function seedClasses(sql: Sql, today: string): Promise<void> {
  const ids = new Map<number, number>();
  for (const k of classes) {
    const { start, end } = classDates(k, today);
    await insertRow(sql, "STURMA", {
      CODCOLIGADA: k.col,
      IDPERLET: k.perlet,
      CODTURMA: k.cod,
      NOME: k.nome,
      CODFILIAL: k.filial,
      IDMATRIZAPLICADA: k.matriz,
      TURNO: k.turno,
      DTINICIAL: start,
      DTFINAL: end,
      MAXALUNOS: k.vagas,
    });
    for (const disc of k.disc) {
      const id = (ids.get(k.col) ?? 0) + 1;
      ids.set(k.col, id);
      await insertRow(sql, "STURMADISC", {
        CODCOLIGADA: k.col,
        IDTURMADISC: id,
        IDPERLET: k.perlet,
        CODTURMA: k.cod,
        CODDISC: disc,
        DTINICIAL: start,
        DTFINAL: end,
      });
    }
  }
  for (const [col, id] of ids) await setCounter(sql, col, "IDTURMADISC", id);
}
