import type { ReactNode } from "react";
import { EnrolmentSituation } from "@/components/sge/enrolment-situation";
import { formatDocument } from "@/lib/br-documents";
import { coligadaLabel, type FinanceContract, type SgeColigada } from "@/lib/sge/ops/types";
import { getFormat, getTranslations } from "@/server/i18n";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Who and what the contract is about, and its instalments (SPARCELA). */
export async function ContractSummary({
  contract,
  coligadas,
}: {
  contract: FinanceContract;
  coligadas: SgeColigada[];
}) {
  const [t, tc, f] = await Promise.all([
    getTranslations("sgeOps.finance"),
    getTranslations("sgeOps.common"),
    getFormat(),
  ]);
  const facts: [string, ReactNode][] = [
    [tc("coligada"), coligadaLabel(coligadas, contract.coligada, tc)],
    [t("student"), `${contract.studentName} (RA ${contract.ra})`],
    [
      t("responsible"),
      [contract.responsibleName, contract.responsibleDocument ? formatDocument(contract.responsibleDocument) : null]
        .filter(Boolean)
        .join(" · "),
    ],
    // RM's class key is "<IdPerlet>|<CodTurma>": the team knows the class by its code alone.
    [t("course"), `${contract.courseName} · ${contract.classCode.replace(/^\d+\|/, "")}`],
    [t("contractStatus"), contract.status],
    [t("enrolmentStatus"), <EnrolmentSituation key="situation" situation={contract.enrolmentStatus} compact />],
    [t("period"), t("periodValue", { start: f.date(contract.startDate), end: f.date(contract.endDate) })],
    [t("total"), f.money(contract.total)],
    [t("branch"), `${contract.branch} · ${contract.protheusBranch}`],
  ];
  return (
    <div className="space-y-4">
      <section aria-labelledby="contract-facts" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="contract-facts" className="text-lg font-semibold text-slate-900">
          {t("summaryTitle")}
        </h2>
        <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-medium text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="instalments-title" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="instalments-title" className="text-lg font-semibold text-slate-900">
          {t("instalmentsTitle")}
        </h2>
        {contract.instalments.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("instalmentsEmpty")}</p>
        ) : (
          <ScrollRegion labelledBy="instalments-title" className="mt-2">
            <table className="w-full min-w-[32rem] text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("instalment")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("dueDate")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    {t("value")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    {t("discount")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    {t("net")}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {t("launch")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {contract.instalments.map((i) => (
                  <tr key={i.number}>
                    <td className="py-2 pr-3">{i.number}</td>
                    <td className="py-2 pr-3">{f.date(i.dueDate)}</td>
                    <td className="py-2 pr-3 text-right">{f.money(i.value)}</td>
                    <td className="py-2 pr-3 text-right">{f.money(i.discount)}</td>
                    <td className="py-2 pr-3 text-right">{f.money(i.net)}</td>
                    <td className="py-2">{i.launchId ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
