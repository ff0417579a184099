import "server-only";
import { maskEmail, maskPhone } from "@/lib/mask";
import { toSgeDate } from "@/lib/dates";
import type { ResponsibleChange, StudentChange } from "@/lib/sge/enrolment-options";
import type { Responsible, Student } from "@/server/erp/sge/client";
import type { ResponsibleRecord, SgeAddress, StudentRecord } from "@/server/erp/sge/people";

/**
 * What GravarResponsavelFinanceiro / GravarAluno get for a person RM already has (issue 14 item
 * 12). Both are upserts that overwrite every field they are sent, so the body is RM's record
 * with only the rep's confirmed changes on top — RM gets its own values back for the rest, the
 * one form its write contract keeps faithfully whether it updates "the fields sent" or all. A
 * field RM has empty takes the form's value (filling a gap overwrites nothing).
 */

type Wire = Record<string, unknown>;

type Group<K> = {
  keys: readonly K[];
  /** RM requires it: a person with it empty on both sides cannot be written. */
  required: boolean;
  /** The group as a person would read it, personal parts masked (what the audit keeps). */
  show: (b: Partial<Record<K & string, unknown>>) => string;
  complete: (b: Partial<Record<K & string, unknown>>) => boolean;
};

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
const present = (v: unknown) => str(v) !== "";
const one = <K extends string>(key: K, required: boolean, show: (v: string) => string = (v) => v): Group<K> => ({
  keys: [key],
  required,
  show: (b) => show(str(b[key])),
  complete: (b) => present(b[key]),
});

function addressGroup<K extends string>(
  keys: { cep: K; street: K; number: K; complement: K; district: K; state: K; city: K; country: K },
  required: boolean,
): Group<K> {
  return {
    keys: Object.values(keys) as K[],
    required,
    show: (b) =>
      [
        `${str(b[keys.street])}, ${str(b[keys.number])} ${str(b[keys.complement])}`.trim(),
        str(b[keys.district]),
        `${str(b[keys.city])}/${str(b[keys.state])}`,
        str(b[keys.cep]),
        str(b[keys.country]),
      ]
        .filter((p) => p && p !== "/" && p !== ",")
        .join(" – "),
    complete: (b) =>
      /^\d{8}$/.test(str(b[keys.cep])) &&
      present(b[keys.street]) &&
      /^\d+$/.test(str(b[keys.number])) &&
      present(b[keys.district]) &&
      /^[A-Z]{2}$/.test(str(b[keys.state])) &&
      present(b[keys.city]) &&
      present(b[keys.country]),
  };
}

type ResponsibleKey = keyof Responsible & string;
type StudentKey = keyof Student & string;

export const RESPONSIBLE_GROUPS: Record<ResponsibleChange, Group<ResponsibleKey>> = {
  name: one("Nome", true),
  email: one("Email", true, maskEmail),
  phone: one("Telefone", true, maskPhone),
  mobile: one("Celular", true, maskPhone),
  workPhone: one("Tel_Comercial", false, maskPhone),
  fax: one("Fax", false, maskPhone),
  address: addressGroup(
    {
      cep: "Cep",
      street: "Logradouro",
      number: "Numero",
      complement: "Complemento",
      district: "Bairro",
      state: "Estado",
      city: "Cidade",
      country: "Pais",
    },
    true,
  ),
};

/** GravarAluno fields the wizard does not hold: an existing person's go back to RM unchanged. */
export const STUDENT_KEPT = ["Tel_3", "Fax"] as const satisfies readonly StudentKey[];

export const STUDENT_GROUPS: Record<StudentChange, Group<StudentKey>> = {
  name: one("Nome", true),
  birthDate: one("DataNascimento", true),
  birthPlace: {
    keys: ["EstadoNatal", "Naturalidade"],
    required: true,
    show: (b) => `${str(b.Naturalidade)}/${str(b.EstadoNatal)}`,
    complete: (b) => present(b.EstadoNatal) && present(b.Naturalidade),
  },
  motherName: one("NomeMae", false),
  email: one("Email", false, maskEmail),
  homePhone: one("Tel_Residencial", false, maskPhone),
  mobile: one("Tel_Celular", false, maskPhone),
  occupation: one("SitOcupacional", false),
  schoolType: one("TipoEscola", false),
  address: addressGroup(
    {
      cep: "Cep",
      street: "Rua",
      number: "Numero",
      complement: "Complemento",
      district: "Bairro",
      state: "Estado",
      city: "Cidade",
      country: "Pais",
    },
    false,
  ),
};

const orUndefined = (v: string) => (v === "" ? undefined : v);
const houseNumber = (v: string) => (/^\d+$/.test(v) ? Number(v) : undefined);

function wireAddress(a: SgeAddress, street: "Logradouro" | "Rua") {
  return {
    Cep: orUndefined(a.cep),
    [street]: orUndefined(a.street),
    Numero: houseNumber(a.number),
    Complemento: a.complement,
    Bairro: orUndefined(a.district),
    Estado: orUndefined(a.state),
    Cidade: orUndefined(a.city),
    Pais: orUndefined(a.country),
  };
}

/** The FCFO record in GravarResponsavelFinanceiro's words (absent where RM has nothing). */
export function responsibleAsWire(r: ResponsibleRecord): Partial<Responsible> {
  return {
    Nome: orUndefined(r.name),
    Email: orUndefined(r.email),
    Telefone: orUndefined(r.phone),
    Celular: orUndefined(r.mobile),
    Tel_Comercial: orUndefined(r.workPhone),
    Fax: orUndefined(r.fax),
    ...wireAddress(r.address, "Logradouro"),
  };
}

/** The PPESSOA record (and the mother's name of its student) in GravarAluno's words. */
export function studentAsWire(s: StudentRecord): Partial<Student> {
  const code = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    Nome: orUndefined(s.name),
    DataNascimento: s.birthDate ? toSgeDate(s.birthDate) : undefined,
    EstadoNatal: orUndefined(s.birthState),
    Naturalidade: orUndefined(s.birthCity),
    NomeMae: orUndefined(s.motherName),
    Email: orUndefined(s.email),
    Tel_Residencial: orUndefined(s.homePhone),
    Tel_Celular: orUndefined(s.mobile),
    Tel_3: orUndefined(s.otherPhone),
    Fax: orUndefined(s.fax),
    SitOcupacional: code(s.occupation),
    TipoEscola: code(s.schoolType) as Student["TipoEscola"],
    ...wireAddress(s.address, "Rua"),
  };
}

type Merged<W, G extends string> = {
  body: W;
  /** The groups whose value changes in RM, in the wizard's order. */
  changed: G[];
  /** Required groups empty in RM and in the form: RM would refuse the write. */
  missing: G[];
  before: Record<string, string>;
  after: Record<string, string>;
};

/** E-mails compare without case (RM keeps what it was given; `Maria@X` and `maria@x` reach the same box). */
const same = (key: string, a: unknown, b: unknown) =>
  key === "Email" ? str(a).toLowerCase() === str(b).toLowerCase() : str(a) === str(b);

/**
 * RM's record with the form's values for the groups `confirmed` says the rep confirmed (or that
 * RM has empty). `fresh` is the body the form gives for a new person; keys outside every group
 * (the document, coligada, matrix, CodCFO) come from it, except `kept`: fields the wizard does not
 * hold, sent back as RM has them.
 */
export function mergeOnRecord<W extends Wire, G extends string>(
  groups: Record<G, Group<keyof W & string>>,
  fresh: W,
  record: Partial<W>,
  confirmed: (group: G) => boolean,
  kept: readonly (keyof W & string)[] = [],
): Merged<W, G> {
  const body: Wire = { ...fresh };
  for (const k of kept) if (record[k] !== undefined) body[k] = record[k];
  const out: Merged<W, G> = { body: body as W, changed: [], missing: [], before: {}, after: {} };
  for (const group of Object.keys(groups) as G[]) {
    const def = groups[group];
    const recordComplete = def.complete(record);
    const freshComplete = def.complete(fresh);
    const differs = def.keys.some((k) => !same(k, fresh[k], record[k]));
    if (freshComplete && differs && (confirmed(group) || !recordComplete)) {
      out.changed.push(group);
      out.before[group] = recordComplete ? def.show(record) : "";
      out.after[group] = def.show(fresh);
      continue;
    }
    for (const k of def.keys) {
      if (recordComplete && record[k] !== undefined) body[k] = record[k];
      else delete body[k];
    }
    if (!recordComplete && def.required) out.missing.push(group);
  }
  return out;
}
