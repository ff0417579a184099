import type { ReactNode } from "react";
import { getFormat } from "@/server/i18n";
import { CardField, RecordCard, RecordCards } from "@/components/ui/record-cards";

type Line = {
  item: string;
  product: string;
  description: string;
  unit: string;
  quantity: number;
  price: number;
  discount: number;
  total: number;
};

/**
 * An order's or a quotation's items on a phone: what a rep checks — quantity, unit price, discount,
 * total — under the item's product, beside the desktop table (hidden below `md`).
 */
export async function ItemCards({
  items,
  labels,
  testId,
  badge,
}: {
  items: Line[];
  labels: { quantity: string; price: string; discount: string; total: string };
  testId?: string;
  /** A mark beside an item (short of stock). */
  badge?: (item: string) => ReactNode;
}) {
  const f = await getFormat();
  return (
    <RecordCards testId={testId}>
      {items.map((i) => (
        <RecordCard
          key={i.item}
          title={
            <>
              <span className="text-slate-600">{i.item}</span> {i.product.trim()}{" "}
              <span className="font-normal">{i.description}</span>
              {i.unit ? <span className="font-normal text-slate-600"> ({i.unit})</span> : null}
            </>
          }
          aside={badge?.(i.item)}
        >
          <CardField label={labels.quantity}>{f.number(i.quantity)}</CardField>
          <CardField label={labels.price}>{f.money(i.price)}</CardField>
          <CardField label={labels.discount}>{i.discount ? f.percent(i.discount) : "—"}</CardField>
          <CardField label={labels.total}>{f.money(i.total)}</CardField>
        </RecordCard>
      ))}
    </RecordCards>
  );
}
