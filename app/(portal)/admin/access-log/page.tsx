import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { LazyAccessLogList as AccessLogList } from "@/components/admin/access-log-list.island";
import { accessLogQueryOf, loadAccessLogListParams } from "@/lib/list-search-params";
import { requireViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { accessLogLogins, listPersonalDataAccess } from "@/server/services/personal-data-log";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessLog"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The LGPD access log (issue 18) at /admin/access-log: who saw which natural person's personal
 * data, when and where. Administrators only: anyone else gets the 403 page (app/forbidden.tsx).
 */
export default async function AccessLogPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!viewer.isAdmin) forbidden();
  // The list's own parsers (shared with the browser): a hand-edited bad value reads as its default,
  // and an inverted date range, which the API refuses, lists the defaults instead of failing the page.
  const read = accessLogQueryOf(loadAccessLogListParams(await searchParams));
  const query =
    read.from && read.to && read.from > read.to
      ? accessLogQueryOf(loadAccessLogListParams({}))
      : { ...read, q: read.q.trim() };
  const [t, page, logins] = await Promise.all([
    getTranslations("accessLog"),
    listPersonalDataAccess(viewer, query),
    accessLogLogins(viewer),
  ]);
  if (!page.ok || !logins.ok) forbidden();
  return (
    <section aria-labelledby="access-log-title" className="space-y-4">
      <div>
        <h1 id="access-log-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <AccessLogList initialQuery={query} initialPage={page.data} logins={logins.data} />
    </section>
  );
}
