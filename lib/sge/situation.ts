/**
 * SGE's situation of an enrolment (SMATRICPL.CODSTATUS → SSTATUS.DESCRICAO) is shown as RM words
 * it, everywhere (confirmation, the rep's list, finance), never replaced by the portal's own word.
 * A RealizarMatricula leaves it "Pré-Matriculado" until the school confirms the enrolment.
 */
export function isPreEnrolled(situation: string): boolean {
  const plain = situation
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return /^pre[\s-]?matricul/.test(plain.trim());
}
