/**
 * Where a record page's data came from: a quiet line when the ERP answered, a highlighted one when
 * the ERP was down and the page shows the synced copy (order, quotation and prospect pages).
 */
export function ReadSource({
  offline,
  className = "",
  testId,
  children,
}: {
  offline: boolean;
  className?: string;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <p
      className={`mt-2 text-sm ${className} ${offline ? "rounded-lg border border-amber-300 bg-amber-50 p-3 font-medium text-amber-900" : "text-slate-600"}`}
      data-testid={testId}
    >
      {children}
    </p>
  );
}
