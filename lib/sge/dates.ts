/** `yyyy-mm-dd` ↔ SGE's `dd/mm/yyyy`; SGE answers carry `yyyy-mm-ddT00:00:00`. */
export function toSgeDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

export function fromSgeDateTime(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}
