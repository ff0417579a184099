/** What the enrolment wizard shows of SGE's offer (from the catalogue; dates `yyyy-mm-dd`, money in centavos). */
export type SgeClassOption = {
  /** RM's "Turma" key (`coligada|code`): the form's `offering.turma`. */
  classId: string;
  code: string;
  name: string;
  shift: string | null;
  start: string;
  end: string;
  vacancies: number;
  available: number;
  subjects: { code: string; name: string; hours: number }[];
};

type SgeOfferingOption = {
  /** RM's applied matrix (IdMatrizAplicada): the form's `offering.idMatrizAplicada`. */
  matrixId: string;
  courseCode: string;
  courseName: string;
  /** The form's `offering.codFilial`. */
  branchCode: string;
  period: string;
  price: number;
  maxInstalments: number;
  classes: SgeClassOption[];
};

type SgeBranchOption = { code: string; name: string; protheusBranch: string; city: string };

/** A configured coligada's offer; `name` as the connection configuration names it. */
export type SgeInstitutionOffer = {
  coligada: number;
  name: string;
  branches: SgeBranchOption[];
  offerings: SgeOfferingOption[];
};

/** One recorded submission step (the portal's own log of the three SGE calls). */
/** `kept`: RM already had the person and nothing was to change, so no call was made (issue 14 item 12). */
export type SgeEnrolmentStep = {
  step: "responsible" | "student" | "enrolment";
  ok: boolean;
  at: string;
  message: string;
  kept?: boolean;
};

/** RM's answer to RealizarMatricula, kept for the confirmation. */
export type SgeEnrolmentResult = {
  ra: string;
  xnumpro: string;
  codFilial: string;
  protheusBranch: string;
  coligada: number;
  contract: string;
  contractStatus: string;
  start: string | null;
  months: number;
  situation: string;
};

export type SgeEnrolmentRow = {
  id: string;
  summary: string;
  /** `interrupted`: "submitting" for longer than a submission can last (the process died mid-way); it can be resumed. */
  state: "draft" | "submitting" | "interrupted" | "failed" | "enrolled";
  step: "responsible" | "student" | "enrolment" | "done";
  error: string | null;
  updatedAt: string;
  result: SgeEnrolmentResult | null;
};

/** An address as RM holds it (`cep` digits only). */
export type SgeAddressOnRecord = {
  cep: string;
  street: string;
  number: string;
  complement: string;
  district: string;
  state: string;
  city: string;
  country: string;
};

/**
 * A financial responsible RM already has, as the wizard shows it: e-mail and phones masked
 * (lib/mask.ts), "" where RM has nothing. `global`: the record is shared by SESI and SENAI.
 */
export type SgeResponsibleOnRecord = {
  codCfo: string;
  global: boolean;
  name: string;
  email: string;
  phone: string;
  mobile: string;
  workPhone: string;
  fax: string;
  address: SgeAddressOnRecord;
};

/** A person RM already has as (or for) a student; `ra` is their RA in the chosen coligada, null if none yet. */
export type SgeStudentOnRecord = {
  ra: string | null;
  name: string;
  birthDate: string | null;
  birthState: string;
  birthCity: string;
  motherName: string;
  email: string;
  homePhone: string;
  mobile: string;
  occupation: string | null;
  schoolType: string | null;
  address: SgeAddressOnRecord;
};

export type SgePeopleOnRecord = { responsible: SgeResponsibleOnRecord | null; student: SgeStudentOnRecord | null };
