import type { Metadata } from "next";
import { LazyInitialLoad as InitialLoad } from "@/components/sync/initial-load.island";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { syncStatus } from "@/server/services/sync";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sync"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** After login: the initial data load when needed, then on to where the rep was going. */
export default async function LoadingPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSalesViewer();
  const params = await searchParams;
  const next = safeCallbackPath(typeof params.next === "string" ? params.next : null);
  // Why the load happens: after a branch switch it is the branch's data, not a first access.
  const reason = params.reason === "branch" ? "branch" : "login";
  return <InitialLoad next={next} reason={reason} initial={await syncStatus(viewer)} />;
}
