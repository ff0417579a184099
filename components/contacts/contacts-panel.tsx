"use client";

import { withQueryScope } from "@/components/query-scope";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { contactForm, emptyContact } from "@/lib/schemas/contact-form-values";
import type { ContactOwner, ContactWithPhones } from "@/lib/types/contact";
import { newOrderKey, newUuid } from "@/lib/uuid";
import { deleteRegistrationAction } from "@/server/actions/registration";
import { ContactCard } from "./contact-card";
import type { OpenForm } from "./contact-editor";
import type { SentContact } from "./contact-queue";

// The editor (react-hook-form, the phone fields) and the queue view appear only after a tap: their
// code is fetched once the page is idle, not with it (issue 20: the record pages' First Load JS).
const loadEditor = () => import("./contact-editor").then((m) => m.ContactEditor);
const loadQueue = () =>
  Promise.all([import("./contact-queue"), import("@/components/query-scope")]).then(([m, q]) =>
    q.withQueryScope(m.ContactQueue),
  );
const ContactEditor = dynamic(loadEditor, { ssr: false, loading: Loading });
const ContactQueue = dynamic(loadQueue, { ssr: false, loading: Loading });

function Loading() {
  return (
    <p className="text-sm text-slate-600" aria-busy="true">
      …
    </p>
  );
}

/**
 * The contacts list of a customer or prospect and what changes it: one inline form at a time (no
 * dialog: on a phone it is the page), a delete confirmed first, and the last write followed through
 * the ERP's queue until the page's data shows it. A contact read without its stamp (an ERP that does
 * not send one) can be called, not changed.
 */
export function ContactsPanel({
  owner,
  contacts,
  readOnly = false,
}: {
  owner: ContactOwner;
  contacts: ContactWithPhones[];
  readOnly?: boolean;
}) {
  const t = useTranslations("contacts");
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [sent, setSent] = useState<SentContact | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const busy = Boolean(open) || Boolean(sent && !sent.finished) || Boolean(deleting);
  useEffect(() => {
    if (readOnly) return;
    // Fetched in the background once the page is up, so a tap on "add" or "edit" opens at once.
    const timer = setTimeout(() => void Promise.all([loadEditor(), loadQueue()]).catch(() => undefined), 1_000);
    return () => clearTimeout(timer);
  }, [readOnly]);

  const startNew = () => {
    setProblem(null);
    setSent(null);
    setOpen({ draftId: newUuid(), kind: "new", initial: emptyContact(newOrderKey()) });
  };

  const startEdit = (contact: ContactWithPhones) => {
    setProblem(null);
    setSent(null);
    setOpen({
      draftId: newUuid(),
      kind: "edit",
      contact: contact.contactId.trim() || contact.id,
      stamp: contact.stamp,
      name: contact.name,
      initial: contactForm(contact, newOrderKey()),
    });
  };

  const remove = async (contact: ContactWithPhones) => {
    if (!window.confirm(t("deleteConfirm", { name: contact.name }))) return;
    setProblem(null);
    setSent(null);
    setDeleting(contact.id);
    try {
      const result = await deleteRegistrationAction({
        entity: "contact",
        record: contact.contactId.trim() || contact.id,
        stamp: contact.stamp ?? "",
      });
      if (result.ok)
        setSent({ operation: "delete", queueId: result.data.queueId, name: contact.name, finished: false });
      else if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
      } else setProblem(result.error);
    } finally {
      setDeleting(null);
    }
  };

  return (
    <section aria-labelledby="contacts-title" className="rounded-2xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="contacts-title" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        {readOnly ? null : (
          <Button type="button" variant="secondary" onClick={startNew} disabled={busy}>
            {t("add")}
          </Button>
        )}
      </div>
      {problem ? (
        <p role="alert" className="mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      {sent ? (
        <div className="mt-3">
          <ContactQueue
            sent={sent}
            onFinished={() => setSent((s) => (s ? { ...s, finished: true } : s))}
            onFix={
              sent.form
                ? () => {
                    setOpen(sent.form!);
                    setSent(null);
                  }
                : undefined
            }
            onClose={() => setSent(null)}
          />
        </div>
      ) : null}
      {open ? (
        <div className="mt-3">
          <ContactEditor
            owner={owner}
            open={open}
            onSent={(queued) => {
              setOpen(null);
              setSent(queued);
            }}
            onCancel={() => setOpen(null)}
          />
        </div>
      ) : null}
      {contacts.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200" data-testid="contact-list">
          {contacts.map((c) => (
            <ContactCard
              key={c.id}
              contact={c}
              actions={
                readOnly || !c.stamp ? null : (
                  <>
                    <Button
                      type="button"
                      variant="secondary"
                      aria-label={t("editNamed", { name: c.name })}
                      disabled={busy}
                      onClick={() => startEdit(c)}
                    >
                      {t("edit")}
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      aria-label={t("deleteNamed", { name: c.name })}
                      disabled={busy}
                      onClick={() => void remove(c)}
                    >
                      {t("delete")}
                    </Button>
                  </>
                )
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The island's entry (contacts-panel.island.tsx): `ContactsPanel` inside the query cache, with its hydration marker. */
export const ContactsPanelInScope = withQueryScope(ContactsPanel);
