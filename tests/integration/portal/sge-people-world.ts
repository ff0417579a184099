import { eq } from "drizzle-orm";
import { withCheckDigits } from "@/lib/br-documents";
import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import { getDb } from "@/server/store/db";
import { sgePersonAudit } from "@/server/store/schema";
import { sandboxAdmin } from "../sandbox-admin";
import { sampleEnrolmentForm } from "./sge-sample";

// What the existing-people tests share (sge-enrol-people, sge-enrol-students): RM's seeded people and reads.

export const admin = sandboxAdmin();

// Seeded in the sandbox (sandbox/sge/seed-people.ts, sandbox/docs/sge.md).
export const MARIA = {
  cpf: withCheckDigits("056440420"),
  codCfo: "0564404200001",
  name: "Maria do Socorro Albuquerque",
};
export const JOSE = { cpf: withCheckDigits("412503604"), codCfo: "4125036040001", name: "José Airton Bezerra" };
export const ANTONIO = { cpf: withCheckDigits("301202303"), codCfo: "3012023030001", name: "Antônio Carlos Pereira" };
export const PEDRO = { cpf: withCheckDigits("158129230"), ra: "0000000386" };

type Fcfo = { email: string; telefone: string; celular: string; nome: string };
export const fcfo = async (cpf: string) =>
  (
    await admin.sql<Fcfo>(
      "SELECT email, telefone, celular, nome FROM fcfo WHERE cgccfo = $1 AND d_e_l_e_t_ = ' ' ORDER BY codcoligada DESC LIMIT 1",
      [cpf],
    )
  ).rows[0]!;
type Pessoa = { nome: string; email: string; telefone2: string; naturalidade: string };
export const pessoa = async (cpf: string) =>
  (
    await admin.sql<Pessoa>(
      "SELECT nome, email, telefone2, naturalidade FROM ppessoa WHERE cpf = $1 AND d_e_l_e_t_ = ' '",
      [cpf],
    )
  ).rows[0]!;
export const rmPosts = async (endpoint?: string) =>
  (await admin.requests()).items.filter(
    (r) => r.method === "POST" && r.path.startsWith("/rm/") && (!endpoint || r.path.endsWith(`/${endpoint}`)),
  ).length;
export const auditOf = async (id: string) =>
  (await getDb()).select().from(sgePersonAudit).where(eq(sgePersonAudit.enrolmentId, id));

/**
 * A form factory over the test file's own CPF serial (so two files never type the same CPF): an
 * enrolment of a new student (own CPF) paid by the given responsible, typed over by the rep.
 */
export function formsFrom(nextCpf: () => string) {
  return async function formFor(
    responsible: Partial<EnrolmentForm["responsible"]>,
    student: Partial<EnrolmentForm["student"]> = {},
  ): Promise<EnrolmentForm> {
    const form = await sampleEnrolmentForm(nextCpf());
    return {
      ...form,
      responsible: { ...form.responsible, ...responsible },
      student: {
        ...form.student,
        sameAsResponsible: false,
        name: "Lucas Albuquerque Lima",
        cpf: nextCpf(),
        email: "",
        ...student,
      },
    };
  };
}
