import Link from "next/link";
import type { ReactNode } from "react";
import { linkButton } from "@/components/ui/button";
import { allowed, type Privileges } from "@/lib/privileges";

const linkClass = linkButton.secondary;

/**
 * An order's action bar without its code: edit while the ERP still allows it (read online now),
 * the copies always, and why it is locked. Hook-free, so it renders in the client's OrderActions
 * (with the delete button and its outcome) and in the server's synced copy painted while the page
 * refreshes, where nothing acts on the order yet (no island, so nothing there waits to hydrate).
 */
export function OrderActionBar({
  number,
  editable,
  online,
  privileges,
  t,
  remove,
  children,
}: {
  number: string;
  editable: boolean;
  online: boolean;
  privileges: Privileges;
  /** The `orderActions` words, from either side. */
  t: (key: "title" | "edit" | "copy" | "copyAsQuotation" | "locked") => string;
  /** The delete button, where the order may be deleted (client only). */
  remove?: ReactNode;
  /** What follows the bar (the client's error). */
  children?: ReactNode;
}) {
  const may = (key: Parameters<typeof allowed>[1]) => allowed(privileges, key);
  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("title")}>
        {editable && online && may("orders.edit") ? (
          <Link href={`/orders/${encodeURIComponent(number)}/edit`} className={linkClass}>
            {t("edit")}
          </Link>
        ) : null}
        {remove}
        {may("orders.add") ? (
          <Link href={`/orders/new?copy=${encodeURIComponent(number)}`} className={linkClass}>
            {t("copy")}
          </Link>
        ) : null}
        {may("quotations.add") ? (
          <Link href={`/quotations/new?order=${encodeURIComponent(number)}`} className={linkClass}>
            {t("copyAsQuotation")}
          </Link>
        ) : null}
      </div>
      {!editable ? <p className="text-sm text-slate-700">{t("locked")}</p> : null}
      {children}
    </div>
  );
}
