import type { Faker } from "@faker-js/faker";
import type { Row } from "./bulk";
import type { Customer } from "./customers";
import { emailOf, personName, phone } from "./people";
import type { Rng } from "./random";

/**
 * Contacts of customers: SU5 (the person), AC8 (link to the customer: entity 'SA1', code + store,
 * the customer's branch) and AGB (their phones). SU5/AC8/AGB are shared in the company group, so
 * codes run across all branches: the caller passes and gets back the running counters.
 */
export type ContactCounters = { contact: number; phone: number };

const roles = ["COMPRADOR", "GERENTE", "FINANCEIRO", "PROPRIETARIO", "RECEBIMENTO", "ADMINISTRATIVO"];

export function contactRows(
  branch: string,
  customers: readonly Customer[],
  counters: ContactCounters,
  faker: Faker,
  rng: Rng,
) {
  const su5: Row[] = [];
  const ac8: Row[] = [];
  const agb: Row[] = [];
  for (const c of customers) {
    if (c.deleted || !rng.chance(0.6)) continue;
    const count = rng.chance(0.3) ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const code = String(++counters.contact).padStart(6, "0");
      const person = personName(faker);
      const ddd = String(c.row.A1_DDD);
      const mobile = phone(rng, true);
      // ~1% of contacts were deleted in the ERP: the diff sync must hand them over flagged.
      const deleted = rng.chance(0.01) ? "*" : " ";
      su5.push({
        U5_FILIAL: "",
        U5_CODCONT: code,
        U5_CONTAT: person.full.toUpperCase().slice(0, 60),
        U5_EMAIL: emailOf(person.first, String(c.row.A1_NREDUZ)),
        U5_FUNCAO: rng.pick(roles),
        U5_DDD: ddd,
        U5_FONE: String(c.row.A1_TEL),
        U5_CELULAR: mobile,
        U5_MSBLQL: "2",
        D_E_L_E_T_: deleted,
      });
      ac8.push({
        AC8_FILIAL: "",
        AC8_FILENT: branch,
        AC8_ENTIDA: "SA1",
        AC8_CODENT: `${c.code}${c.store}`,
        AC8_CODCON: code,
        D_E_L_E_T_: deleted,
      });
      agb.push(phoneRow(++counters.phone, code, "4", "1", ddd, mobile, "", rng));
      if (rng.chance(0.5))
        agb.push(
          phoneRow(
            ++counters.phone,
            code,
            "1",
            "2",
            ddd,
            phone(rng, false),
            rng.chance(0.5) ? `RAMAL ${rng.int(100, 299)}` : "",
            rng,
          ),
        );
    }
  }
  return { su5, ac8, agb };
}

function phoneRow(
  n: number,
  contact: string,
  type: string,
  main: string,
  ddd: string,
  number: string,
  complement: string,
  rng: Rng,
): Row {
  return {
    AGB_FILIAL: "",
    AGB_CODIGO: String(n).padStart(6, "0"),
    AGB_ENTIDA: "SU5",
    AGB_CODENT: contact,
    AGB_TIPO: type,
    AGB_PADRAO: main,
    AGB_DDI: "55",
    AGB_DDD: ddd,
    AGB_TELEFO: number,
    AGB_COMP: complement,
    D_E_L_E_T_: rng.chance(0.01) ? "*" : " ",
  };
}
