/**
 * The one line a page shows instead of a feature this ERP does not offer (lib/capabilities.ts):
 * words from `capabilities.<feature>`, worded on the server (FeatureMissing, a route's 409 body, a
 * form's context). Never a 404 or an error box.
 */
export function FeatureLine({ text, className = "" }: { text: string; className?: string }) {
  return (
    <p className={`text-sm text-slate-700 ${className}`} data-testid="feature-unavailable">
      {text}
    </p>
  );
}
