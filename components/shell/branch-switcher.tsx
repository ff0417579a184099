"use client";

import { clearClientCache } from "@/components/client-cache";
import { usePathname, useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { switchBranch } from "@/server/actions/session";
import type { ViewerSummary } from "@/lib/viewer-summary";

/** Lists only the branches where the user is a seller; switching reloads the page in the new tenant. */
export function BranchSwitcher({ viewer }: { viewer: ViewerSummary }) {
  const t = useTranslations("shell");
  const id = useId();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  if (viewer.branches.length < 2) {
    return (
      <p className="text-sm text-slate-700">
        <span className="sr-only">{t("branch")}: </span>
        {viewer.branch.trim()} · {viewer.branchName}
      </p>
    );
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-700 max-sm:sr-only">
        {t("branch")}
      </label>
      <select
        id={id}
        value={viewer.branch}
        disabled={pending}
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          const branch = e.target.value;
          startTransition(async () => {
            const result = await switchBranch({ branch });
            if (result.ok) {
              clearClientCache();
              const name = viewer.branches.find((b) => b.code === branch)?.name ?? branch;
              setStatus({ error: false, text: t("branchSwitched", { branch: `${branch.trim()} · ${name}` }) });
              // The new branch's data: loaded first if never loaded, else a background diff.
              router.push(`/loading?reason=branch&next=${encodeURIComponent(pathname)}`);
            } else if (result.code === "session_expired") {
              clearClientCache();
              router.push("/login?expired=1");
            } else {
              setStatus({ error: true, text: t("branchSwitchFailed", { reason: result.error }) });
            }
          });
        }}
        className="min-h-11 max-w-44 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900"
      >
        {viewer.branches.map((b) => (
          <option key={b.code} value={b.code}>
            {b.code.trim()} · {b.name}
          </option>
        ))}
      </select>
      <p id={`${id}-status`} aria-live="polite" className={status?.error ? "text-sm text-red-700" : "sr-only"}>
        {status?.text}
      </p>
    </div>
  );
}
