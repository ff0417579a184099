import { notFound } from "next/navigation";
import { LazyRegistrationForm as RegistrationForm } from "@/components/registration/registration-form.island";
import type { RegistrationKind } from "@/lib/schemas/registration-form";
import { requireSalesViewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { editStart, newRegistrationStart } from "@/server/services/registration-form-initial";

/**
 * The customer and prospect form pages (new, edit): one page each, for both records. An edit starts
 * from the ERP's current record — its stamp is what the change is sent with — so with the ERP down
 * the page says so instead of offering a change that would end in a conflict.
 */

const TEXT = {
  customer: { list: "/customers", new: "newCustomer", intro: "newCustomerIntro", edit: "editCustomer" },
  prospect: { list: "/prospects", new: "newProspect", intro: "newProspectIntro", edit: "editProspect" },
} as const;

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
      {children}
    </p>
  );
}

export async function registrationTitle(entity: RegistrationKind, key?: { code: string; store: string }) {
  const t = await getTranslations("registration");
  return key ? t(TEXT[entity].edit, key) : t(TEXT[entity].new);
}

/** A new customer or prospect: a blank form, or a saved draft (`?draft=`). */
export async function NewRegistrationPage({ entity, draft }: { entity: RegistrationKind; draft?: string }) {
  const viewer = await requireSalesViewer(entity === "customer" ? "customers.add" : "prospects.add");
  const t = await getTranslations("registration");
  if (!viewer.seller) return <Notice>{t("errors.no_seller")}</Notice>;
  const start = await newRegistrationStart(viewer, entity, draft);
  return (
    <section aria-labelledby="registration-title" className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 id="registration-title" className="text-2xl font-bold text-slate-900">
          {t(TEXT[entity].new)}
        </h1>
        <p className="mt-1 text-slate-700">{t(TEXT[entity].intro)}</p>
      </div>
      <RegistrationForm
        entity={entity}
        kind="new"
        draftId={start.draftId}
        initial={start.initial}
        savedAt={start.savedAt}
        resumed={start.resumed}
        backHref={TEXT[entity].list}
      />
    </section>
  );
}

/** A change of one of the viewer's customers or prospects (anyone else's is not found). */
export async function EditRegistrationPage({
  entity,
  code,
  store,
}: {
  entity: RegistrationKind;
  code: string;
  store: string;
}) {
  const viewer = await requireSalesViewer(entity === "customer" ? "customers.edit" : "prospects.edit");
  const t = await getTranslations("registration");
  if (!/^[0-9A-Za-z]{1,6}$/.test(code) || !/^[0-9A-Za-z]{1,2}$/.test(store)) notFound();
  const start = await editStart(viewer, entity, code, store);
  if (start === "unavailable") return <Notice>{t("errors.erp")}</Notice>;
  if (!start) notFound();
  return (
    <section aria-labelledby="registration-title" className="mx-auto max-w-3xl space-y-4">
      <h1 id="registration-title" className="text-2xl font-bold text-slate-900">
        {t(TEXT[entity].edit, { code, store })}
      </h1>
      <RegistrationForm
        entity={entity}
        kind="edit"
        draftId={start.draftId}
        initial={start.initial}
        record={start.record}
        stamp={start.stamp}
        backHref={`${TEXT[entity].list}/${code}/${store}`}
      />
    </section>
  );
}
