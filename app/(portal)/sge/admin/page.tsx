import type { Metadata } from "next";
import { LazyAccountingItemForm as AccountingItemForm } from "@/components/sge/ops/admin/accounting-item-form.island";
import { LazyCrmServiceForm as CrmServiceForm } from "@/components/sge/ops/admin/crm-service-form.island";
import { requireSgeViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { adminLists, courseOptions } from "@/server/services/sge-admin";
import { sgeColigadas } from "@/server/services/sge-ops";
import { AdminLists } from "@/components/sge/ops/admin/admin-lists";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sgeOps.admin"))("title") };
}

/** SGE administration (Protheus administrators): CRM services linked to courses, accounting items, and the ones SGE holds. */
export default async function SgeAdminPage() {
  const viewer = await requireSgeViewer("admin");
  const [t, courses, lists] = await Promise.all([
    getTranslations("sgeOps.admin"),
    courseOptions(viewer),
    adminLists(viewer),
  ]);
  const coligadas = sgeColigadas(viewer);
  return (
    <section aria-labelledby="sge-admin-title" className="space-y-4">
      <h1 id="sge-admin-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h1>
      <p className="text-slate-700">{t("intro")}</p>
      {!courses.ok ? (
        <p
          role="alert"
          className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900"
        >
          {t("coursesUnavailable")}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <CrmServiceForm courses={courses.ok ? courses.data : []} coligadas={coligadas} />
        <AccountingItemForm coligadas={coligadas} />
      </div>
      <AdminLists lists={lists} coligadas={coligadas} />
    </section>
  );
}
