import Link from "next/link";
import { formatDocument } from "@/lib/br-documents";
import { coligadaLabel, type KnownPjContract, type SgeColigada } from "@/lib/sge/ops/types";
import { getFormat, getTranslations } from "@/server/i18n";
import { LazyConsultRowButton as ConsultRowButton } from "./consult-row-button.island";

/** The alias' PJ contracts the portal registered or consulted, with the last answer RM gave. */
export async function KnownPjContracts({
  contracts,
  coligadas,
}: {
  contracts: KnownPjContract[];
  coligadas: SgeColigada[];
}) {
  const [t, tc, f] = await Promise.all([getTranslations("sgeOps.pj"), getTranslations("sgeOps.common"), getFormat()]);
  return (
    <section aria-labelledby="pj-known-title" className="space-y-3">
      <h2 id="pj-known-title" className="text-lg font-semibold text-slate-900">
        {t("knownTitle")}
      </h2>
      {contracts.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {t("knownEmpty")}
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {contracts.map((c) => {
            const vacancies =
              c.consulted ??
              (c.registered
                ? {
                    offered: c.registered.offered,
                    used: c.registered.used,
                    available: c.registered.offered - c.registered.used,
                  }
                : null);
            const key = `${c.coligada}-${c.contractNumber}-${c.proposalNumber}`;
            // 0: only consulted (ConsultContract does not say the coligada); only a configured one may be edited.
            const configured = coligadas.some((x) => x.code === c.coligada);
            return (
              <li
                key={key}
                className="rounded-2xl border border-slate-200 bg-white p-4"
                data-testid={`pj-known-${c.contractNumber}`}
              >
                <h3 className="font-semibold text-slate-900">
                  {t("statusOf", { contract: c.contractNumber, proposal: c.proposalNumber })}
                </h3>
                <p className="text-sm text-slate-700">
                  {[
                    configured ? coligadaLabel(coligadas, c.coligada, tc) : null,
                    c.registered?.companyName,
                    c.registered ? formatDocument(c.registered.cnpj) : null,
                    c.registered?.classCode,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
                  <div>
                    <dt className="text-slate-600">{t("offered")}</dt>
                    <dd className="font-medium">{vacancies?.offered ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">{t("used")}</dt>
                    <dd className="font-medium">{vacancies?.used ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">{t("available")}</dt>
                    <dd className="font-medium">{vacancies?.available ?? "—"}</dd>
                  </div>
                </dl>
                <p className="mt-2 text-xs text-slate-600">
                  {c.consulted
                    ? t("consultedAt", { when: f.dateTime(c.consulted.at), status: c.consulted.status })
                    : t("notConsulted")}
                  {c.registered ? ` · ${t("valueShort", { value: f.money(c.registered.value) })}` : ""}
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <ConsultRowButton contractNumber={c.contractNumber} proposalNumber={c.proposalNumber} />
                  {c.registered && configured ? (
                    <Link
                      href={`/sge/pj-contracts/new?coligada=${c.coligada}&contract=${encodeURIComponent(c.contractNumber)}&proposal=${encodeURIComponent(c.proposalNumber)}`}
                      className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-100"
                      aria-label={t("editOf", { contract: c.contractNumber, proposal: c.proposalNumber })}
                    >
                      {t("edit")}
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
