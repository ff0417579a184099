import Link from "next/link";
import type { DeletedOrder } from "@/lib/types/order";
import { getFormat, getTranslations } from "@/server/i18n";
import { linkButton } from "@/components/ui/button";

/**
 * The page of an order the ERP deleted: what happened, when and through whose queue (the ERP
 * queue's history), and nothing that would act on the order: no edit, print or status.
 */
export async function DeletedOrderPage({ order }: { order: DeletedOrder }) {
  const [t, f] = await Promise.all([getTranslations("order"), getFormat()]);
  return (
    <article aria-labelledby="order-title" className="space-y-4" data-testid="deleted-order">
      <h1 id="order-title" className="text-2xl font-bold text-slate-900">
        {t("deleted.title", { number: order.number })}
      </h1>
      <div className="rounded-2xl border border-slate-300 bg-slate-50 p-4 text-slate-900">
        <p className="font-medium" data-testid="deleted-when">
          {order.deletedAt
            ? t("deleted.when", { time: f.dateTime(order.deletedAt), seller: order.seller })
            : t("deleted.unknownTime", { seller: order.seller })}
        </p>
        {order.message ? <p className="mt-1 text-sm">{t("deleted.erp", { message: order.message })}</p> : null}
        <p className="mt-2 text-sm text-slate-700">{t("deleted.nothing")}</p>
      </div>
      <p className="flex flex-wrap gap-3">
        <Link href="/orders" className={linkButton.primary}>
          {t("back")}
        </Link>
        <Link href="/orders/new" className={linkButton.secondary}>
          {t("deleted.newOrder")}
        </Link>
      </p>
    </article>
  );
}
