import { FeatureMissing } from "@/components/capabilities/feature-missing";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { ContactOwner, ContactWithPhones } from "@/lib/types/contact";
import { LazyContactsPanel as ContactsPanel } from "./contacts-panel.island";

/**
 * The contacts of a customer or prospect page (issue 18 item 7): tap to call, e-mail, WhatsApp for
 * a mobile, and — unless `readOnly` — add, change and delete, each followed through the ERP's
 * queue on the page. Sends the browser only the `contacts` scope's messages (lib/i18n/client-scopes.ts).
 * `registrationUnavailable`: this ERP has no contact registration — read-only, with the line saying so.
 */
export function ContactSection({
  registrationUnavailable,
  ...props
}: {
  owner: ContactOwner;
  contacts: ContactWithPhones[];
  readOnly?: boolean;
  registrationUnavailable?: boolean;
}) {
  return (
    <ClientMessages scope="contacts">
      <ContactsPanel {...props} readOnly={props.readOnly || registrationUnavailable} />
      {registrationUnavailable ? <FeatureMissing feature="contactRegistration" /> : null}
    </ClientMessages>
  );
}
