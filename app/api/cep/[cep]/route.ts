import { json, withViewer } from "@/server/http";
import { getTranslations } from "@/server/i18n";
import { lookupCep } from "@/server/services/cep";

export const dynamic = "force-dynamic";

const STATUS = { invalid: 400, not_found: 404, unavailable: 503 } as const;

/**
 * The address of a CEP for the registration forms (server/services/cep.ts): 200 with the address,
 * else `{ error, message }` in the viewer's language — 400 not a CEP, 404 unknown, 503 the lookup
 * service is down or slow (the rep types the address).
 */
export function GET(_req: Request, { params }: { params: Promise<{ cep: string }> }) {
  return withViewer(async () => {
    const { cep } = await params;
    const result = await lookupCep(decodeURIComponent(cep));
    if (result.ok) return json(result.address);
    const [field, registration] = await Promise.all([
      getTranslations("actions.field"),
      getTranslations("registration.fields"),
    ]);
    const message = {
      invalid: field("cep_invalid"),
      not_found: registration("cepNotFound"),
      unavailable: registration("cepUnavailable"),
    }[result.reason];
    return json({ error: result.reason, message }, { status: STATUS[result.reason] });
  });
}
