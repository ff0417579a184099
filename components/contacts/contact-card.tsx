import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { groupedNumber, phoneText, telHref, whatsappHref } from "@/lib/phone-link";
import type { ContactWithPhones } from "@/lib/types/contact";

const link = "inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2";
const phoneTypeKeys = new Set(["1", "2", "3", "4"]);

/**
 * One contact: name and role, the e-mail as `mailto:`, each phone as `tel:` (its type, the main one
 * marked) and, for a Brazilian mobile, a WhatsApp chat (wa.me, in a new tab); then its actions.
 */
export function ContactCard({ contact, actions }: { contact: ContactWithPhones; actions: ReactNode }) {
  const t = useTranslations("contacts");
  const mobiles = contact.phones.filter((p) => whatsappHref(p.ddi, p.ddd, p.number)).length;
  return (
    <li className="py-3 text-sm" data-testid="contact">
      <p className="font-medium break-words text-slate-900">{contact.name}</p>
      {contact.role ? <p className="text-slate-700">{contact.role}</p> : null}
      {contact.email ? (
        <a className={`${link} break-all`} href={`mailto:${contact.email}`}>
          {contact.email}
        </a>
      ) : null}
      {contact.phones.length ? (
        <ul className="mt-1 space-y-1">
          {contact.phones.map((p) => {
            const shown = phoneText(p.ddd, groupedNumber(p.number));
            const chat = whatsappHref(p.ddi, p.ddd, p.number);
            return (
              <li key={p.id} className="flex flex-wrap items-center gap-x-3">
                <a
                  className={link}
                  href={telHref(p.ddi, p.ddd, p.number)}
                  aria-label={t("call", { name: contact.name, number: shown })}
                >
                  {shown}
                </a>
                <span className="text-slate-700">
                  {phoneTypeKeys.has(p.type) ? t(`phoneTypes.${p.type as "1" | "2" | "3" | "4"}`) : null}
                  {p.main ? ` · ${t("main")}` : null}
                </span>
                {chat ? (
                  <a
                    className={`${link} font-medium`}
                    href={chat}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={
                      mobiles > 1
                        ? t("whatsappNumber", { name: contact.name, number: shown })
                        : t("whatsapp", { name: contact.name })
                    }
                  >
                    WhatsApp
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {actions ? <div className="mt-2 flex flex-wrap gap-2">{actions}</div> : null}
    </li>
  );
}
