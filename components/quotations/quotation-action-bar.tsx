import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { allowed, type Privileges } from "@/lib/privileges";
import type { QuotationStatus } from "@/lib/types/quotation";

export type QuotationOperation = "convert" | "delete";
type Why = `why.${Exclude<QuotationStatus, "open"> | "prospect" | "offline"}`;

/**
 * A quotation's action buttons and why one is not offered, without their code. Hook-free, so it
 * renders in the client's QuotationActions (which confirms, sends and follows the queue) and in the
 * server's synced copy painted while the page refreshes, where the buttons are disabled (no island,
 * so nothing there waits to hydrate). `before` and `children` are the client's queue progress, and
 * confirmation and error; `buttons` false hides the bar while a sent operation is followed.
 */
export function QuotationActionBar({
  status,
  editable,
  convertible,
  online,
  prospectHref,
  privileges,
  t,
  busy = false,
  confirming = null,
  onConfirm,
  buttons = true,
  before,
  children,
}: {
  status: QuotationStatus;
  editable: boolean;
  convertible: boolean;
  online: boolean;
  prospectHref?: string;
  privileges: Privileges;
  /** The `quotation.actions` words, from either side. */
  t: (key: "title" | "convert" | "delete" | "openProspect" | Why) => string;
  busy?: boolean;
  confirming?: QuotationOperation | null;
  onConfirm?: (operation: QuotationOperation) => void;
  buttons?: boolean;
  before?: ReactNode;
  children?: ReactNode;
}) {
  const mayConvert = allowed(privileges, "orders.add");
  const mayDelete = allowed(privileges, "quotations.delete");
  const awaitingCustomer = Boolean(prospectHref) && status === "open";
  const why = awaitingCustomer
    ? t("why.prospect")
    : !mayConvert
      ? null
      : !convertible
        ? t(`why.${status === "open" ? "unknown" : status}`)
        : !online
          ? t("why.offline")
          : null;
  return (
    <div className="space-y-3 print:hidden">
      {before}
      {buttons ? (
        <>
          <div className="flex flex-wrap gap-2" role="group" aria-label={t("title")}>
            {awaitingCustomer || !mayConvert ? null : (
              <Button
                type="button"
                disabled={!convertible || !online || busy}
                aria-describedby={why ? "quotation-action-why" : undefined}
                aria-expanded={confirming === "convert"}
                onClick={onConfirm && (() => onConfirm("convert"))}
              >
                {t("convert")}
              </Button>
            )}
            {editable && mayDelete ? (
              <Button
                type="button"
                variant="secondary"
                disabled={!online || busy}
                aria-expanded={confirming === "delete"}
                onClick={onConfirm && (() => onConfirm("delete"))}
                className="text-red-800"
              >
                {t("delete")}
              </Button>
            ) : null}
          </div>
          {why ? (
            <p id="quotation-action-why" className="text-sm text-slate-700" data-testid="quotation-action-why">
              {why}
              {awaitingCustomer ? (
                <>
                  {" "}
                  <Link href={prospectHref!} className="text-brand-700 underline underline-offset-2">
                    {t("openProspect")}
                  </Link>
                </>
              ) : null}
            </p>
          ) : null}
        </>
      ) : null}
      {children}
    </div>
  );
}
