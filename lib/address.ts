/** The parts of a Brazilian address, any of which may be empty. */
export type AddressParts = {
  street?: string;
  complement?: string;
  neighborhood?: string;
  city?: string;
  uf?: string;
  zip?: string;
};

/** "Av. Paulista, 1000 · Bela Vista · São Paulo/SP · CEP 01310-100", from the parts that are there. */
export function addressLine(a: AddressParts): string {
  const zip = (a.zip ?? "").replace(/\D/g, "");
  const city = [a.city?.trim(), a.uf?.trim()].filter(Boolean).join("/");
  return [
    a.street?.trim(),
    a.complement?.trim(),
    a.neighborhood?.trim(),
    city,
    zip && `CEP ${zip.replace(/^(\d{5})(\d{3})$/, "$1-$2")}`,
  ]
    .filter(Boolean)
    .join(" · ");
}
