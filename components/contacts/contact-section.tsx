import { ClientMessages } from "@/components/i18n/client-messages";
import type { ContactOwner, ContactWithPhones } from "@/lib/types/contact";
import { ContactsPanel } from "./contacts-panel";

/**
 * The contacts of a customer or prospect page (issue 18 item 7): tap to call, e-mail, WhatsApp for
 * a mobile, and — unless `readOnly` — add, change and delete, each followed through the ERP's
 * queue on the page. Sends the browser only the `contacts` scope's messages (lib/i18n/client-scopes.ts).
 */
export function ContactSection(props: { owner: ContactOwner; contacts: ContactWithPhones[]; readOnly?: boolean }) {
  return (
    <ClientMessages scope="contacts">
      <ContactsPanel {...props} />
    </ClientMessages>
  );
}
