import { TechnicalText } from "@/components/ui/technical-text";

/** One operation of a record in the ERP's queue, worded by the page (operation, status, time). */
export type QueueHistoryEntry = { id: string; operation: string; status: string; at: string | null; message: string };

/**
 * "Histórico no ERP": a record's operations in the ERP's queue, oldest first, with the ERP's own
 * message (its technical codes behind "Detalhes para o suporte"). Shared by the order and quotation pages.
 */
export function QueueHistory({
  id,
  title,
  empty,
  entries,
  detailsLabel,
  className,
  testId,
}: {
  id: string;
  title: string;
  empty: string;
  entries: QueueHistoryEntry[];
  detailsLabel: string;
  className: string;
  testId?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{empty}</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm" data-testid={testId}>
          {entries.map((h) => (
            <li key={h.id} className="flex flex-wrap gap-x-3">
              <span className="font-medium">{h.operation}</span>
              <span>{h.status}</span>
              {h.at ? <span className="text-slate-600">{h.at}</span> : null}
              {h.message ? (
                <TechnicalText className="basis-full text-slate-800" text={h.message} detailsLabel={detailsLabel} />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
