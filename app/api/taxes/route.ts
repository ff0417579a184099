import { readBodyWithin } from "@/server/http-body";
import { erpUnavailable, json, withViewer } from "@/server/http";
import { formTaxes } from "@/server/services/taxes";

export const dynamic = "force-dynamic";

/** A form of up to 1,061 items fits well within this. */
const BODY_LIMIT = 256 * 1024;

/**
 * The tax worksheet of an order or quotation being typed (server/services/taxes.ts): the ERP's
 * SalesTaxes simulation for a customer of the viewer's. 400 with field codes for a malformed form,
 * 404 for a customer not theirs, 422 with the ERP's words when it refuses, 503 when it is down.
 */
export function POST(req: Request) {
  return withViewer(async (viewer) => {
    const body = await readBodyWithin(req, BODY_LIMIT);
    if (!body.ok) return json({ error: "too_large" }, { status: 413 });
    let input: unknown;
    try {
      input = JSON.parse(new TextDecoder().decode(body.bytes));
    } catch {
      return json({ error: "invalid_json" }, { status: 400 });
    }
    try {
      const result = await formTaxes(viewer, input);
      if (result.ok) return json(result.worksheet);
      if (result.reason === "invalid")
        return json({ error: "invalid", fieldErrors: result.fieldErrors }, { status: 400 });
      if (result.reason === "refused") return json({ error: "refused", message: result.message }, { status: 422 });
      return json({ error: "not_found" }, { status: 404 });
    } catch (error) {
      return erpUnavailable(error, "taxes.unavailable");
    }
  });
}
