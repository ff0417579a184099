/** What the enrolment wizard shows of SGE's offer (from the catalogue; dates `yyyy-mm-dd`, money in centavos). */
export type SgeClassOption = {
  turma: string;
  code: string;
  name: string;
  shift: string | null;
  start: string;
  end: string;
  vacancies: number;
  available: number;
  subjects: { code: string; name: string; hours: number }[];
};

export type SgeOfferingOption = {
  idMatrizAplicada: string;
  courseCode: string;
  courseName: string;
  codFilial: string;
  period: string;
  price: number;
  maxInstalments: number;
  classes: SgeClassOption[];
};

export type SgeBranchOption = { code: string; name: string; protheusBranch: string; city: string };

export type SgeInstitutionOffer = { coligada: 2 | 3; branches: SgeBranchOption[]; offerings: SgeOfferingOption[] };

/** One recorded submission step (the portal's own log of the three SGE calls). */
export type SgeEnrolmentStep = { step: "responsible" | "student" | "enrolment"; ok: boolean; at: string; message: string };

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
