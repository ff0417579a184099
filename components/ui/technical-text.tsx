import { splitTechnical } from "@/lib/technical-text";

/**
 * An ERP text in words, with its technical detail (field codes, the ERP's own wording) behind a
 * "detalhes" toggle for support. Works in server and client components (no hooks): the caller
 * passes the toggle's label. `detail` overrides what the toggle shows (the ERP's raw message when
 * `text` is the portal's own words for it).
 */
export function TechnicalText({
  text,
  detail,
  detailsLabel,
  className,
}: {
  text: string;
  detail?: string | null;
  detailsLabel: string;
  className?: string;
}) {
  const split = splitTechnical(text);
  const shown = detail !== undefined ? (detail && detail.trim() !== split.words ? detail : null) : split.detail;
  return (
    <span className={className}>
      {split.words}
      {shown ? (
        <details className="mt-1 text-xs font-normal text-slate-700" data-testid="technical-details">
          <summary className="inline-flex min-h-11 cursor-pointer items-center underline">{detailsLabel}</summary>
          <span className="block break-words">{shown}</span>
        </details>
      ) : null}
    </span>
  );
}
