import { isMobilePhone, normalizePhone } from "@/lib/br-registration";

/** A phone as a `tel:` link dials it: "+55" (or its DDI), the area code and the number, digits only. */
export const telHref = (ddi: string, ddd: string, number: string) =>
  `tel:${`+${ddi || "55"}${ddd}${number}`.replace(/[^\d+]/g, "")}`;

/** A phone as a rep reads it: "(11) 3333-4444", or the number alone without an area code. */
export const phoneText = (ddd: string, number: string) => (ddd ? `(${ddd}) ${number}` : number);

/** A number as typed or stored, grouped as Brazilians write it: "987654321" → "98765-4321", "30001000" → "3000-1000". */
export const groupedNumber = (number: string) => {
  const d = normalizePhone(number).slice(0, 9);
  return d.length > 4 ? `${d.slice(0, -4)}-${d.slice(-4)}` : d;
};

/**
 * A Brazilian mobile as a WhatsApp click-to-chat link (wa.me takes the international number,
 * digits only: 55 + DDD + number); null for a landline, a fax or a foreign number.
 */
export function whatsappHref(ddi: string, ddd: string, number: string): string | null {
  const country = ddi.replace(/\D/g, "");
  if ((country && country !== "55") || !isMobilePhone(ddd, number)) return null;
  return `https://wa.me/55${normalizePhone(ddd)}${normalizePhone(number)}`;
}
