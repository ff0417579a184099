"use client";

import { useEffect, useMemo, useState } from "react";
import { FormProvider, useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { FormSelectInput, FormTextInput, useFormFieldError } from "@/components/ui/form-inputs";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { SERVER_MESSAGE } from "@/components/ui/use-field-error-text";
import { groupedNumber } from "@/lib/phone-link";
import type { ContactForm as Values } from "@/lib/schemas/contact-form";
import { emptyPhone } from "@/lib/schemas/contact-form-values";
import { phoneTypes, type ContactOwner } from "@/lib/types/contact";
import { submitContactAction } from "@/server/actions/contacts";
import type { SentContact } from "./contact-queue";

/** The form open on the page: a new contact, or one of the list's to change (its code and the stamp it was read with). */
export type OpenForm = {
  draftId: string;
  kind: "new" | "edit";
  contact?: string;
  stamp?: string;
  name?: string;
  initial: Values;
};

const MAX_PHONES = 10;
const idPrefix = "contact";
const digits = (max: number) => (text: string) => text.replace(/\D/g, "").slice(0, max);

const validation = lazyZodResolver<Values, Values>(() =>
  import("@/lib/schemas/contact-form").then((m) => m.contactFormSchema),
);

/**
 * The contact form, inline and phone first: name, role, e-mail, then the phones — rows added and
 * removed, one marked main — checked with the server's own schema (lib/schemas/contact-form.ts,
 * loaded after first paint). One send per opening (its draft id and `externalid` key): a double
 * tap or a resend after a lost answer makes one contact.
 */
export function ContactEditor({
  owner,
  open,
  onSent,
  onCancel,
}: {
  owner: ContactOwner;
  open: OpenForm;
  onSent: (sent: SentContact) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("contacts.form");
  const tt = useTranslations("contacts.phoneTypes");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => validation.preload(), []);
  const methods = useForm<Values, unknown, Values>({
    defaultValues: open.initial,
    resolver: validation.resolver,
    mode: "onTouched",
  });
  const { control, handleSubmit, setError, setValue, setFocus } = methods;
  const { fields, append, remove } = useFieldArray({ control, name: "phones" });
  const phones = useWatch({ control, name: "phones" });
  const typeOptions = useMemo(() => phoneTypes.map((type) => [type, tt(type)] as const), [tt]);
  useEffect(() => setFocus("name"), [setFocus]);

  const markMain = (row: number) =>
    fields.forEach((_, i) => setValue(`phones.${i}.main`, i === row, { shouldDirty: true }));

  const onSubmit = handleSubmit(async (values) => {
    setSending(true);
    setProblem(null);
    try {
      const result = await submitContactAction({
        draftId: open.draftId,
        kind: open.kind,
        contact: open.contact,
        stamp: open.stamp,
        entity: owner,
        form: values,
      });
      const operation = open.kind === "edit" ? "update" : "insert";
      const queued = (queueId: string) =>
        onSent({ operation, queueId, name: values.name.trim(), finished: false, form: { ...open, initial: values } });
      if (result.ok) {
        if (result.data.queueId) queued(result.data.queueId);
        return;
      }
      if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
        return;
      }
      if (result.code === "already_sent" && result.queueId) return queued(result.queueId);
      setProblem(result.error);
      for (const [field, words] of Object.entries(result.fieldErrors ?? {}))
        if (field !== "form")
          setError(field as FieldPath<Values>, { message: `${SERVER_MESSAGE}${words}` }, { shouldFocus: true });
    } finally {
      setSending(false);
    }
  });

  const title = open.kind === "edit" ? t("titleEdit", { name: open.name ?? "" }) : t("titleNew");
  return (
    <FormProvider {...methods}>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="contact-form-title"
        className="space-y-3 rounded-xl border border-brand-100 bg-brand-50/40 p-3"
        data-testid="contact-form"
      >
        <h3 id="contact-form-title" className="text-base font-semibold text-slate-900">
          {title}
        </h3>
        {problem ? (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {problem}
          </p>
        ) : null}
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
          <FormTextInput<Values>
            idPrefix={idPrefix}
            name="name"
            label={t("name")}
            autoComplete="off"
            maxLength={60}
            className="sm:col-span-2"
          />
          <FormTextInput<Values> idPrefix={idPrefix} name="role" label={t("role")} autoComplete="off" maxLength={40} />
          <FormTextInput<Values>
            idPrefix={idPrefix}
            name="email"
            label={t("email")}
            type="email"
            autoComplete="off"
            maxLength={100}
          />
        </div>
        <PhoneRows
          fields={fields}
          phones={phones}
          typeOptions={typeOptions}
          onMain={markMain}
          onRemove={(row) => {
            const wasMain = phones[row]?.main;
            remove(row);
            // The main phone removed: the first one left is the main one (the ERP's own rule, shown).
            if (wasMain && fields.length > 1) setValue(`phones.0.main`, true);
          }}
        />
        <Button
          type="button"
          variant="secondary"
          disabled={fields.length >= MAX_PHONES}
          onClick={() => append(emptyPhone(fields.length === 0), { shouldFocus: false })}
        >
          {t("addPhone")}
        </Button>
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 pt-3">
          <Button type="button" variant="ghost" onClick={onCancel} disabled={sending}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={sending} data-testid="contact-submit">
            {sending ? t("sending") : open.kind === "edit" ? t("submitEdit") : t("submitNew")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

/** The phone rows: type, DDD and number (masked as typed), the main one, remove. */
function PhoneRows({
  fields,
  phones,
  typeOptions,
  onMain,
  onRemove,
}: {
  fields: { id: string }[];
  phones: Values["phones"];
  typeOptions: readonly (readonly [string, string])[];
  onMain: (row: number) => void;
  onRemove: (row: number) => void;
}) {
  const t = useTranslations("contacts.form");
  const error = useFormFieldError()("phones");
  return (
    <fieldset aria-describedby="contact-phones-hint contact-phones-error">
      <legend className="text-sm font-semibold text-slate-900">{t("phones")}</legend>
      <p id="contact-phones-hint" className="text-sm text-slate-600">
        {t("phonesHint")}
      </p>
      <ol className="mt-2 space-y-3">
        {fields.map((field, i) => (
          <li key={field.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <p className="mb-1 text-sm font-medium text-slate-800">{t("phone", { n: i + 1 })}</p>
            <div className="grid grid-cols-[5rem_1fr] gap-x-3 sm:grid-cols-[10rem_5rem_1fr]">
              <FormSelectInput<Values>
                idPrefix={idPrefix}
                name={`phones.${i}.type`}
                label={t("type")}
                options={typeOptions}
                className="col-span-2 sm:col-span-1"
              />
              <FormTextInput<Values>
                idPrefix={idPrefix}
                name={`phones.${i}.ddd`}
                label={t("ddd")}
                inputMode="numeric"
                autoComplete="off"
                maxLength={3}
                shape={digits(3)}
              />
              <FormTextInput<Values>
                idPrefix={idPrefix}
                name={`phones.${i}.number`}
                label={t("number")}
                type="tel"
                autoComplete="off"
                maxLength={10}
                shape={groupedNumber}
              />
            </div>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <label className="flex min-h-11 items-center gap-3 text-base text-slate-900">
                <input
                  type="radio"
                  name="contact-main-phone"
                  className="size-5 accent-brand-600"
                  checked={Boolean(phones[i]?.main)}
                  onChange={() => onMain(i)}
                />
                {t("main")}
                <span className="sr-only">{` (${t("phone", { n: i + 1 })})`}</span>
              </label>
              <Button type="button" variant="ghost" onClick={() => onRemove(i)}>
                {t("removePhone", { n: i + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <p id="contact-phones-error" aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
        {error}
      </p>
    </fieldset>
  );
}
