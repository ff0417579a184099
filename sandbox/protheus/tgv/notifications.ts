import type { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import { readJsonBody, TotvsError } from "../../errors";
import type { EntityDefinition, QueryContext } from "./entity";
import { findOneOr404, notFound, registerCollection, TGV_BASE } from "./routes";
import { requireSellerViewer, sellerOf, type Viewer } from "./viewer";

/**
 * `notifications` (A1S, exclusive): what the order job and the ERP tell a rep. Field names as the
 * PGV sends them (snake case). A seller sees the notifications addressed to their seller code
 * (A1S_VEND); administrators see all. `PUT notifications/{id}` [defined here] marks one viewed.
 */
export const notificationsEntity: EntityDefinition = {
  name: "notifications",
  from: ({ viewer }) => `${companyTable("A1S", viewer.tenant.company)} t`,
  branch: { column: "t.A1S_FILIAL" },
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    id: { sql: "t.A1S_ID", type: "string", filter: true },
    title: { sql: "t.A1S_TITULO", type: "string", filter: true },
    description: { sql: "t.A1S_DESCRI", type: "string" },
    // 1 order, 2 customer, 3 quotation, 4 prospect.
    type: { sql: "t.A1S_TIPO::int", type: "integer", filter: true },
    user_id: { sql: "t.A1S_CODUSR", type: "string" },
    // 1 not viewed, 2 viewed.
    notification_status: { sql: "t.A1S_STATUS::int", type: "integer", filter: true },
    movimentation_status: { sql: "t.A1S_STAMOV::int", type: "integer" },
    notification_date: { sql: "t.A1S_DATA", type: "date", filter: true },
    notification_hour: { sql: "t.A1S_HORA", type: "string" },
    // Key of the record the notification is about (e.g. the order's C5_NUM) [defined here].
    recordkey: { sql: "t.A1S_CHAVE", type: "string", filter: true },
  },
  defaultOrder: "-notification_date,-id",
  scope: ({ viewer, params }) => {
    const seller = sellerOf(viewer);
    return seller === undefined ? undefined : `t.A1S_VEND = ${params.add(seller)}`;
  },
};

const putBody = z.object({ notification_status: z.union([z.literal(1), z.literal(2)]).default(2) });

const byId =
  (id: string) =>
  ({ params }: QueryContext) =>
    `t.A1S_ID = ${params.add(id)}`;

/** UPDATE of one A1S row in the viewer's scope; the stamp trigger moves S_T_A_M_P_. */
async function setStatus(state: SandboxState, viewer: Viewer, id: string, status: 1 | 2): Promise<boolean> {
  const seller = sellerOf(viewer);
  const { affectedRows } = await state.db.query(
    `UPDATE ${companyTable("A1S", viewer.tenant.company)} SET A1S_STATUS = $1
      WHERE A1S_FILIAL = $2 AND A1S_ID = $3 AND D_E_L_E_T_ = ' ' AND ($4::varchar IS NULL OR A1S_VEND = $4)`,
    [String(status), viewer.tenant.branch, id, seller ?? null],
  );
  return (affectedRows ?? 0) > 0;
}

export function registerNotificationRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "notifications", notificationsEntity);

  /**
   * Body optional: `{ "notification_status": 2 }` (default) marks viewed, `1` unviewed again.
   * Answers the updated notification; 404 when it is not the viewer's (never 403: no leak).
   */
  rest.put(`${TGV_BASE}/notifications/:id`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const parsed = putBody.safeParse(await readJsonBody(c));
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ");
      throw new TotvsError(400, "notification_status deve ser 1 (não visualizada) ou 2 (visualizada).", detail);
    }
    const id = c.req.param("id");
    if (!(await setStatus(state, viewer, id, parsed.data.notification_status))) {
      throw notFound(
        "Notificação não encontrada.",
        `A1S ${id}: no live notification of user ${viewer.user.id} in ${viewer.tenant.company},${viewer.tenant.branch}`,
      );
    }
    return c.json(await findOneOr404(state, notificationsEntity, viewer, byId(id), "Notificação não encontrada."));
  });
}
