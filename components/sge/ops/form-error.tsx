/** A form's overall error (field messages sit under their fields). */
export function FormError({ text, id }: { text: string | null; id?: string }) {
  return (
    <div id={id} role="alert" className="empty:hidden">
      {text ? (
        <p className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">{text}</p>
      ) : null}
    </div>
  );
}

/** RM's confirmation of a form that stays open after saving (announced, in the success tone). */
export function SavedNote({ text }: { text: string | null }) {
  return text ? (
    <p
      role="status"
      className="rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium text-emerald-900"
    >
      {text}
    </p>
  ) : null;
}
