import type { ContentfulStatusCode } from "hono/utils/http-status";
import { TotvsError, type TotvsErrorBody } from "../errors";
import type { FieldError } from "./payload";

/**
 * The TOTVS error envelope with field-level `details` (ERP-CONTRACT.md §1: `details?: [...]`):
 * 400 when the payload is malformed, 422 when the ERP data rejects it. Each detail names the field
 * by its dotted path (`items.0.quantity`) so the portal can put the message next to the input.
 */
export class OrderValidationError extends TotvsError {
  constructor(
    status: ContentfulStatusCode,
    readonly details: FieldError[],
    /** What was invalid, for the summary message: `Pedido` (orders, SalesTaxes) or `Orçamento`. */
    subject = "Pedido",
  ) {
    const first = details[0]?.message ?? `${subject} inválido.`;
    super(
      status,
      details.length === 1 ? first : `${subject} inválido: ${details.length} campos com erro. ${first}`,
      details.map((d) => `${d.field}: ${d.message}`).join("; "),
    );
  }

  override body(): TotvsErrorBody & { details: (FieldError & { code: string })[] } {
    return { ...super.body(), details: this.details.map((d) => ({ code: String(this.status), ...d })) };
  }
}
