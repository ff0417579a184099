"use client";

import { withQueryScope } from "@/components/query-scope";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Fieldset, FormSelectInput, FormTextInput } from "@/components/ui/form-inputs";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import { SaveStatus } from "@/components/ui/save-status";
import { SERVER_MESSAGE } from "@/components/ui/use-field-error-text";
import { localDraft, useDraftAutosave } from "@/components/ui/use-draft-autosave";
import { formatDocument } from "@/lib/br-documents";
import { IE_EXEMPT } from "@/lib/br-registration";
import type { RegistrationForm as Values, RegistrationKind } from "@/lib/schemas/registration-form";
import {
  discardRegistrationDraft,
  saveRegistrationDraft,
  submitRegistrationAction,
} from "@/server/actions/registration";
import { AddressAndContactFields } from "./address-fields";
import { RegistrationQueue } from "./registration-queue";
import { useCepFill } from "./use-cep-fill";

/**
 * The customer (SA1) and prospect (SUS) form, phone first: the same zod schema as the server
 * (lib/schemas/registration-form.ts, loaded after first paint), masks as the rep types, the CEP
 * filling street, district, city (IBGE) and UF, a server-side draft saved as the rep types, and one
 * idempotent send followed through the ERP's queue on the page. The ERP's critique comes back field
 * by field; a duplicate CPF/CNPJ names the rep's own record and nothing of anyone else's.
 */

const resolverFor = (entity: RegistrationKind) =>
  lazyZodResolver<Values, Values>(() =>
    import("@/lib/schemas/registration-form").then((m) => m.registrationFormSchema(entity)),
  );

/** "12345678000195" typed → "12.345.678/0001-95" once complete; anything partial as typed (upper-case). */
const shapeDocument = (text: string) => formatDocument(text.toUpperCase());

type Props = {
  entity: RegistrationKind;
  kind: "new" | "edit";
  draftId: string;
  initial: Values;
  /** `code/store` of the record an edit changes, and the stamp it was read with. */
  record?: string;
  stamp?: string;
  /** The server copy's version the page started from (a resumed draft). */
  savedAt?: string | null;
  resumed?: boolean;
  /** Where the rep goes back to (the list, or the record's page). */
  backHref: string;
};

export function RegistrationForm(props: Props) {
  const { entity, kind, draftId, record, stamp, backHref } = props;
  const t = useTranslations("registration");
  const tf = useTranslations("registration.fields");
  const router = useRouter();
  const [queueId, setQueueId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const validation = useMemo(() => resolverFor(entity), [entity]);
  useEffect(() => validation.preload(), [validation]);
  const methods = useForm<Values, unknown, Values>({
    defaultValues: props.initial,
    resolver: validation.resolver,
    mode: "onTouched",
  });
  const { getValues, setValue, setError, handleSubmit, reset } = methods;

  // This device's copy of a draft the server does not have yet (offline, tab closed) wins over the server's.
  useEffect(() => {
    const copy = localDraft(draftId, props.savedAt ?? null);
    if (copy && typeof copy === "object") reset({ ...props.initial, ...(copy as Partial<Values>) });
  }, [draftId, props.savedAt, props.initial, reset]);

  const autosave = useDraftAutosave({
    draftId,
    savedAt: props.savedAt,
    send: (data) => saveRegistrationDraft({ id: draftId, document: entity, kind, orderNumber: record, stamp, data }),
    enabled: !sending && !queueId,
    data: () => getValues(),
    // A reload (or the browser's back) finds the same draft: the URL names it from its first save.
    onFirstSave: () => {
      if (kind === "new") window.history.replaceState(null, "", `${window.location.pathname}?draft=${draftId}`);
    },
  });
  const changed = autosave.changed;
  useEffect(() => methods.subscribe({ formState: { values: true }, callback: () => changed() }), [methods, changed]);

  const personType = useWatch({ control: methods.control, name: "personType" });
  const stateRegistration = useWatch({ control: methods.control, name: "stateRegistration" });
  const exempt = stateRegistration.trim().toUpperCase() === IE_EXEMPT;
  const cep = useCepFill(methods);

  const onSubmit = handleSubmit(async (values) => {
    setSending(true);
    setProblem(null);
    try {
      const result = await submitRegistrationAction({ entity, draftId, kind, record, stamp, form: values });
      if (result.ok) {
        autosave.forget();
        if (result.data.queueId) setQueueId(result.data.queueId);
        return;
      }
      if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
        return;
      }
      if (result.code === "already_sent" && result.queueId) setQueueId(result.queueId);
      setProblem(result.error);
      for (const [field, words] of Object.entries(result.fieldErrors ?? {}))
        setError(field as FieldPath<Values>, { message: `${SERVER_MESSAGE}${words}` }, { shouldFocus: true });
    } finally {
      setSending(false);
    }
  });

  const discard = async () => {
    if (!window.confirm(t("discardConfirm"))) return;
    autosave.forget();
    await discardRegistrationDraft({ id: draftId });
    router.push(backHref);
  };

  const input = { idPrefix: `reg-${entity}` } as const;

  if (queueId)
    return (
      <RegistrationQueue
        entity={entity}
        kind={kind}
        queueId={queueId}
        backHref={backHref}
        onError={(message) => {
          setQueueId(null);
          setProblem(message);
        }}
      />
    );

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={problem ? "reg-problem" : undefined}>
        {props.resumed ? <p className="rounded-lg bg-brand-50 p-3 text-sm text-slate-900">{t("resumed")}</p> : null}
        {problem ? (
          <p
            id="reg-problem"
            role="alert"
            className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          >
            {problem}
          </p>
        ) : null}

        <Fieldset legend={t("sections.identity")}>
          <div className="sm:col-span-2" role="radiogroup" aria-label={tf("personType")}>
            <span className="mb-1 block text-sm font-medium text-slate-800">{tf("personType")}</span>
            <div className="flex flex-wrap gap-2">
              {(["J", "F"] as const).map((type) => (
                <label
                  key={type}
                  className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 ${personType === type ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"} ${kind === "edit" ? "opacity-70" : ""}`}
                >
                  <input
                    type="radio"
                    value={type}
                    disabled={kind === "edit"}
                    className="size-5 accent-brand-600"
                    {...methods.register("personType", {
                      onChange: () => {
                        if (type === "F") setValue("customerType", "F");
                      },
                    })}
                  />
                  {tf(`personTypes.${type}`)}
                </label>
              ))}
            </div>
          </div>
          <FormTextInput<Values>
            {...input}
            name="document"
            label={personType === "F" ? tf("documentF") : tf("documentJ")}
            hint={tf("documentHint")}
            inputMode={personType === "F" ? "numeric" : "text"}
            autoCapitalize="characters"
            maxLength={18}
            readOnly={kind === "edit"}
            shape={shapeDocument}
          />
          <FormTextInput<Values>
            {...input}
            name="name"
            label={personType === "F" ? tf("nameF") : tf("nameJ")}
            autoComplete={personType === "F" ? "name" : "organization"}
            maxLength={80}
            className="sm:col-span-2"
          />
          {personType === "J" ? (
            <FormTextInput<Values> {...input} name="fantasy" label={tf("fantasy")} maxLength={40} />
          ) : null}
        </Fieldset>

        <Fieldset legend={t("sections.fiscal")}>
          <FormSelectInput<Values>
            {...input}
            name="customerType"
            label={tf("customerType")}
            options={(["F", "R", "S", "X"] as const)
              .filter((type) => personType === "J" || type !== "R")
              .map((type) => [type, tf(`customerTypes.${type}`)] as const)}
          />
          <div>
            <FormTextInput<Values>
              {...input}
              name="stateRegistration"
              label={tf("stateRegistration")}
              hint={tf("stateRegistrationHint")}
              inputMode="numeric"
              autoCapitalize="characters"
              maxLength={18}
              readOnly={exempt}
            />
            <label className="-mt-1 flex min-h-11 items-center gap-3 text-base text-slate-900">
              <input
                type="checkbox"
                className="size-5 accent-brand-600"
                checked={exempt}
                onChange={(e) =>
                  setValue("stateRegistration", e.target.checked ? IE_EXEMPT : "", {
                    shouldDirty: true,
                    shouldValidate: true,
                  })
                }
              />
              {tf("exempt")}
            </label>
          </div>
          {personType === "J" && entity === "customer" ? (
            <FormTextInput<Values>
              {...input}
              name="municipalRegistration"
              label={tf("municipalRegistration")}
              maxLength={18}
            />
          ) : null}
        </Fieldset>

        <AddressAndContactFields idPrefix={input.idPrefix} entity={entity} cepMessage={cep.message} />

        <div className="sticky bottom-0 -mx-4 flex flex-col gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
          <SaveStatus state={autosave.state} namespace="registration.save" />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Button type="button" variant="ghost" onClick={() => void discard()} disabled={sending}>
              {t("discard")}
            </Button>
            <Button type="submit" disabled={sending} data-testid="registration-submit">
              {sending ? t("sending") : kind === "edit" ? t("saveChanges") : t(`submit.${entity}`)}
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}

/** The island's entry (registration-form.island.tsx): `RegistrationForm` inside the query cache, with its hydration marker. */
export const RegistrationFormInScope = withQueryScope(RegistrationForm);
