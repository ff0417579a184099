import { isPreEnrolled } from "@/lib/sge/situation";
import { getTranslations } from "@/server/i18n";

/** SGE's situation as RM words it, with one line on what "pré-matriculado" means. */
export async function EnrolmentSituation({ situation, compact = false }: { situation: string; compact?: boolean }) {
  const t = await getTranslations("sgeEnrol.situation");
  return (
    <>
      {situation}
      {isPreEnrolled(situation) ? (
        <span
          className={`block font-normal text-slate-700 ${compact ? "text-xs" : "mt-1 text-sm"}`}
          data-testid="pre-enrolled-note"
        >
          {t("preEnrolled")}
        </span>
      ) : null}
    </>
  );
}
