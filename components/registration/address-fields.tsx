"use client";

import { useTranslations } from "use-intl";
import { Fieldset, FormSelectInput, FormTextInput } from "@/components/ui/form-inputs";
import { displayCep, UFS } from "@/lib/br-registration";
import { groupedNumber } from "@/lib/phone-link";
import type { RegistrationForm as Values, RegistrationKind } from "@/lib/schemas/registration-form";
import { CityField } from "./city-field";

/** The address (CEP first: it fills the rest) and contact fieldsets of the customer and prospect form. */

const digitsOnly = (max: number) => (text: string) => text.replace(/\D/g, "").slice(0, max);
const ufOptions = UFS.map((uf) => [uf, uf] as const);

export function AddressAndContactFields({
  idPrefix,
  entity,
  cepMessage,
}: {
  idPrefix: string;
  entity: RegistrationKind;
  /** What the CEP lookup found (or why not), under the CEP field. */
  cepMessage: string | null;
}) {
  const t = useTranslations("registration");
  const tf = useTranslations("registration.fields");
  const input = { idPrefix } as const;
  return (
    <>
      <Fieldset legend={t("sections.address")}>
        <FormTextInput<Values>
          {...input}
          name="zipcode"
          label={tf("zipcode")}
          hint={cepMessage ?? tf("zipcodeHint")}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={9}
          shape={(text) => displayCep(digitsOnly(8)(text))}
        />
        <FormSelectInput<Values>
          {...input}
          name="uf"
          label={tf("uf")}
          placeholder={tf("chooseUf")}
          options={ufOptions}
        />
        <FormTextInput<Values>
          {...input}
          name="street"
          label={tf("street")}
          autoComplete="address-line1"
          maxLength={80}
          className="sm:col-span-2"
        />
        {/* Not a numeric keypad: "S/N" and "120A" are house numbers too. */}
        <FormTextInput<Values>
          {...input}
          name="number"
          label={tf("number")}
          autoCapitalize="characters"
          maxLength={10}
        />
        <FormTextInput<Values> {...input} name="complement" label={tf("complement")} maxLength={50} />
        <FormTextInput<Values> {...input} name="neighborhood" label={tf("neighborhood")} maxLength={40} />
        <CityField idPrefix={input.idPrefix} />
      </Fieldset>

      <Fieldset legend={t("sections.contact")}>
        <div className="grid grid-cols-[5rem_1fr] gap-x-3">
          <FormTextInput<Values>
            {...input}
            name="ddd"
            label={tf("ddd")}
            inputMode="numeric"
            autoComplete="tel-area-code"
            maxLength={2}
            shape={digitsOnly(2)}
          />
          <FormTextInput<Values>
            {...input}
            name="phone"
            label={tf("phone")}
            type="tel"
            autoComplete="tel-local"
            maxLength={10}
            shape={groupedNumber}
          />
        </div>
        <FormTextInput<Values>
          {...input}
          name="email"
          label={tf("email")}
          type="email"
          autoComplete="email"
          maxLength={100}
        />
        {entity === "customer" ? (
          <FormTextInput<Values> {...input} name="contact" label={tf("contact")} autoComplete="name" maxLength={40} />
        ) : null}
      </Fieldset>
    </>
  );
}
